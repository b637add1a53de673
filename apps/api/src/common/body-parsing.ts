import { isUtf8 } from 'node:buffer';
import {
  BadRequestException,
  HttpException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { inspectInput } from './input-guard';
import { ValidationFailedError } from './koers-error';
import { sendProblem } from './problem-details.filter';

/** The largest request body, after decompression. */
export const BODY_LIMIT = '1mb';

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The routes that take a file as multipart/form-data; their handler's interceptor reads it. */
const UPLOAD_ROUTES = [
  /^\/api\/programmes\/[^/]+\/imports\/?$/,
  /^\/api\/regions\/[^/]+\/populations\/import\/?$/,
];

function isUpload(req: Request): boolean {
  return (
    req.method === 'POST' &&
    UPLOAD_ROUTES.some((route) => route.test(req.path)) &&
    /^multipart\/form-data\s*;/i.test(req.headers['content-type'] ?? '')
  );
}

/**
 * How Koers reads a request, in one place: a write with a body must send JSON in UTF-8 (gzip,
 * deflate and br encodings are inflated), else 415; malformed JSON is 400 and a body over
 * {@link BODY_LIMIT} 413. The parsed body and the query are then inspected before any pipe or
 * handler sees them (NUL, lone surrogates, Object.prototype names, nesting: see input-guard).
 * Call on an app created with `bodyParser: false`, after the session middleware.
 */
export function installBodyParsing(app: NestExpressApplication): void {
  app.use(requireJson);
  app.useBodyParser('json', { limit: BODY_LIMIT, strict: true, verify: requireUtf8 });
  app.use(inspectRequest);
  app.use(bodyErrors);
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
/** One `; name=value` parameter of a media type (RFC 9110), the value a token or quoted. */
const PARAMETER = new RegExp(`^\\s*(${TOKEN})\\s*=\\s*(${TOKEN}|"[^"\\\\]*")\\s*$`);

/**
 * The charset of a well-formed `application/json` Content-Type (undefined when it names none),
 * or null when the header is anything else: another type, or parameters that do not parse.
 */
export function jsonCharset(header: string | undefined): string | undefined | null {
  const [type, ...parameters] = (header ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') return null;
  let charset: string | undefined;
  for (const parameter of parameters) {
    const match = PARAMETER.exec(parameter);
    if (!match) return null;
    if (match[1].toLowerCase() === 'charset') charset = match[2].replace(/"/g, '');
  }
  return charset;
}

function requireJson(req: Request, res: Response, next: NextFunction): void {
  if (WITHOUT_BODY.has(req.method) || !hasBody(req) || isUpload(req)) return next();
  const charset = jsonCharset(req.headers['content-type']);
  if (charset === null) {
    return sendProblem(
      new UnsupportedMediaTypeException(
        'De inhoud van het verzoek moet JSON zijn (application/json).',
      ),
      req,
      res,
    );
  }
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    return sendProblem(
      new UnsupportedMediaTypeException('De inhoud van het verzoek moet UTF-8 zijn.'),
      req,
      res,
    );
  }
  next();
}

/** Invalid UTF-8 would otherwise be read as U+FFFD, silently altering what was sent. */
function requireUtf8(_req: Request, _res: Response, buffer: Buffer): void {
  if (!isUtf8(buffer)) {
    throw Object.assign(new Error('De inhoud van het verzoek is geen geldige UTF-8.'), {
      status: 400,
      type: 'encoding.invalid',
    });
  }
}

function inspectRequest(req: Request, res: Response, next: NextFunction): void {
  // A JSON type the parser did not take (e.g. `application/json; charset`): never read as `{}`.
  if (req.body === undefined && !WITHOUT_BODY.has(req.method) && hasBody(req) && !isUpload(req)) {
    return sendProblem(
      new UnsupportedMediaTypeException(
        'De inhoud van het verzoek moet JSON zijn (application/json).',
      ),
      req,
      res,
    );
  }
  const errors = [
    ...(req.body === undefined ? [] : inspectInput(req.body)),
    ...inspectInput(req.query),
  ].slice(0, 50);
  if (errors.length > 0) return sendProblem(new ValidationFailedError(errors), req, res);
  next();
}

/** body-parser's errors (http-errors with a status and a type) as problem details. */
function bodyErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { status, type, message } = error as { status?: number; type?: string; message?: string };
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  sendProblem(toHttpException(status, type ?? '', message ?? ''), req, res);
}

function toHttpException(status: number, type: string, message: string): HttpException {
  switch (type) {
    case 'entity.parse.failed':
      return new BadRequestException('De inhoud van het verzoek is geen geldige JSON.');
    case 'encoding.invalid':
      return new BadRequestException(message);
    case 'entity.too.large':
      return new PayloadTooLargeException(
        `De inhoud van het verzoek is te groot (hoogstens ${BODY_LIMIT}).`,
      );
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeException(
        'Deze Content-Encoding wordt niet ondersteund (wel gzip, deflate en br).',
      );
    case 'charset.unsupported':
      return new UnsupportedMediaTypeException('De inhoud van het verzoek moet UTF-8 zijn.');
    default:
      // E.g. a gzip body that does not inflate, or a request aborted halfway.
      return new HttpException('De inhoud van het verzoek kon niet worden gelezen.', status);
  }
}
