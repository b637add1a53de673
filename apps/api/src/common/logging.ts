import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import { currentRequestId } from './request-context';

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
    // Every line written while a request is handled carries its request id, without a child
    // logger per request: the id is looked up only when a line is written.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId === undefined ? {} : { requestId };
    },
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

/**
 * Nest's logger on `root`: what Nest and the modules write (`new Logger('Auth').warn(…)`) as
 * JSON lines with their context; inside a request the root logger adds its request id (see
 * `createRootLogger`). Writes nothing, and builds nothing, below the root's level.
 */
export class KoersLogger implements LoggerService {
  constructor(private readonly root: Logger) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last; an error's stack as the one extra parameter of `error`. */
  private write(level: LogLevel, message: unknown, params: unknown[]): void {
    const method = PINO_LEVELS[level];
    if (!this.root.isLevelEnabled(method)) return;
    const fields: Record<string, unknown> = {};
    const rest = params.length > 0 ? params.slice(0, -1) : [];
    if (params.length > 0) fields.context = params[params.length - 1];
    if (message instanceof Error) {
      this.root[method]({ ...fields, err: message }, ...(rest as []));
    } else if (typeof message === 'object' && message !== null) {
      this.root[method]({ ...fields, ...message }, ...(rest as []));
    } else if (
      level === 'error' &&
      typeof message === 'string' &&
      rest.length === 1 &&
      typeof rest[0] === 'string' &&
      /\n\s*at /.test(rest[0])
    ) {
      // Nest's exception handlers: (message, stack, context).
      const err = Object.assign(new Error(message), { stack: rest[0] });
      this.root[method]({ ...fields, err });
    } else {
      this.root[method](fields, String(message), ...(rest as []));
    }
  }
}

/** Nest's logger on top of `root`, for main.ts before the app exists and for the app itself. */
export function nestLoggerOn(root: Logger): KoersLogger {
  return new KoersLogger(root);
}

/** The health check is asked every few seconds by the container runtime: not worth a line each. */
const QUIET_PATHS = new Set(['/api/health']);

/**
 * Ends each request with one line: method, path, status and time taken (5xx as an error, a
 * request whose client went away before the answer as "request aborted"). Install right after
 * `requestIdMiddleware`. Per request it only notes the start and listens for the end; the line is
 * built only when `root` writes at that level (LOG_LEVEL=warn writes only the 5xx lines).
 */
export function requestLogMiddleware(root: Logger) {
  const logsSuccess = root.isLevelEnabled('info');
  const logsErrors = root.isLevelEnabled('error');
  return (
    req: IncomingMessage & { requestId?: string; originalUrl?: string },
    res: ServerResponse,
    next: () => void,
  ) => {
    if (!logsErrors || QUIET_PATHS.has((req.url ?? '').split('?', 1)[0])) return next();
    const start = performance.now();
    res.once('close', () => {
      const failed = res.statusCode >= 500;
      if (!failed && !logsSuccess) return;
      const line = {
        requestId: req.requestId ?? 'unknown',
        req: requestForLog({ method: req.method, url: req.originalUrl ?? req.url }),
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - start),
      };
      if (failed) root.error(line, 'request errored');
      else root.info(line, res.writableFinished ? 'request completed' : 'request aborted');
    });
    next();
  };
}
