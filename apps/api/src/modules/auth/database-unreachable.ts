import { KoersError } from '../../common/koers-error';

/** Node's socket errors when the database server cannot be reached. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** PostgreSQL: the server shuts down, crashed or is still starting (class 57P). */
const SERVER_GONE = new Set(['57P01', '57P02', '57P03']);

/** node-postgres's own words for a connection that broke or never came. */
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i;

/** Whether an error (or the driver error it wraps) says that the database cannot be reached. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 3; depth++) {
    const { code, message, severity, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      severity?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    // FATAL ends the connection: refused logins, a database not accepting connections, shutdown.
    if (severity === 'FATAL' || severity === 'PANIC') return true;
    if (typeof code === 'string') {
      if (SOCKET_CODES.has(code) || SERVER_GONE.has(code) || code.startsWith('08')) return true;
    }
    if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
    e = driverError ?? cause;
  }
  return false;
}

export const DATABASE_UNREACHABLE_DETAIL =
  'Koers kan zijn database nu niet bereiken. Probeer het over een paar minuten opnieuw; blijft dit zo, meld het dan aan de beheerder.';

export const databaseUnreachable = () =>
  new KoersError('DATABASE_UNREACHABLE', 503, DATABASE_UNREACHABLE_DETAIL);
