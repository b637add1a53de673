import type { IncomingMessage, ServerResponse } from 'node:http';
import { LogLevel, RequestMethod } from '@nestjs/common';
import { Logger as NestPinoLogger, Params, PinoLogger } from 'nestjs-pino';
import pino, { DestinationStream, Logger } from 'pino';
import type { Options } from 'pino-http';

/** Koers's LOG_LEVEL (Nest's names) as pino's levels; `false` prints nothing (the tests). */
const PINO_LEVELS: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

const EMAIL = /[\w.!#$%&'*+=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g;

/** A text with every e-mail address in it replaced: log lines name people by id, not by address. */
export function withoutEmailAddresses(text: string): string {
  return text.replace(EMAIL, '[e-mail]');
}

/**
 * What of a request a log line says: its method and path, and the names of its query parameters
 * with only numbers left as they are (a search text may be a name or an address). No headers, so
 * no cookie, CSRF token or authorization; no client address.
 */
export function requestForLog(req: { method?: string; url?: string }): {
  method?: string;
  url?: string;
} {
  const [path, query] = (req.url ?? '').split('?', 2);
  if (!query) return { method: req.method, url: withoutEmailAddresses(path) };
  const params = new URLSearchParams(query);
  const shown = [...params].map(([name, value]) =>
    /^\d{1,9}$/.test(value) ? `${name}=${value}` : `${name}=…`,
  );
  return { method: req.method, url: `${withoutEmailAddresses(path)}?${shown.join('&')}` };
}

/** An error as a log line shows it: type, message and stack, without e-mail addresses. */
function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: withoutEmailAddresses(String(error)) };
  const detail = (error as { detail?: unknown }).detail;
  return {
    type: error.name,
    message: withoutEmailAddresses(error.message),
    ...(typeof detail === 'string' ? { detail: withoutEmailAddresses(detail) } : {}),
    ...(error.stack ? { stack: withoutEmailAddresses(error.stack) } : {}),
  };
}

/**
 * Field names that never reach a log line, wherever they occur in a logged object (pino replaces
 * their values): what a person types to sign in, their address, and the secrets of a session.
 */
export const REDACTED_PATHS = [
  'password',
  'currentPassword',
  'newPassword',
  'email',
  'csrfToken',
  'cookie',
  'authorization',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.email',
  '*.csrfToken',
  '*.cookie',
  '*.authorization',
  'req.headers',
  'res.headers',
];

/**
 * The root logger of Koers: JSON lines (pino) on stdout, or on `destination` (the tests read the
 * lines back). Personal data is kept out: the fields above are redacted, and e-mail addresses are
 * taken out of every message.
 */
export function createRootLogger(level: LogLevel | false, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: level === false ? 'silent' : PINO_LEVELS[level],
    base: { app: 'koers' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: errorForLog, error: errorForLog },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg: unknown) =>
            typeof arg === 'string' ? withoutEmailAddresses(arg) : arg,
          ) as Parameters<typeof method>,
        );
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's logger on top of `root`, for the lines written before the app exists (main.ts). */
export function nestLoggerOn(root: Logger): NestPinoLogger {
  const params: Params = { pinoHttp: { logger: root } };
  return new NestPinoLogger(new PinoLogger(params), params);
}

/** The health check is asked every few seconds by the container runtime: not worth a line each. */
const QUIET_PATHS = new Set(['/api/health']);

/**
 * nestjs-pino's settings: every line written while a request is handled carries its request id
 * (`requestId`, the one `requestIdMiddleware` gave it and the response's X-Request-Id says), and
 * each request ends with one line: method, path, status and time taken (5xx as an error).
 */
export function loggerModuleParams(root: Logger): Params {
  const pinoHttp: Options = {
    logger: root,
    genReqId: (req: IncomingMessage) => (req as { requestId?: string }).requestId ?? 'unknown',
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    serializers: {
      req: requestForLog,
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customSuccessObject: (req: IncomingMessage, _res: ServerResponse, value: object) => ({
      ...value,
      req,
    }),
    customErrorObject: (req: IncomingMessage, _res: ServerResponse, _error, value: object) => ({
      ...value,
      req,
    }),
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    autoLogging: { ignore: (req) => QUIET_PATHS.has((req.url ?? '').split('?')[0]) },
  };
  return {
    pinoHttp,
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  };
}
