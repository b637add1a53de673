import type { Response } from 'express';
import { databaseUnreachable, isDatabaseUnreachable } from './database-unreachable';

/**
 * Runs a sign-in or password handler: a rate limit's 429 gets its Retry-After header, and a
 * database that cannot be reached is said as such (503), not as a failed sign-in or a bare 500.
 */
export async function answerFailures<T>(res: Response, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnreachable(error)) throw databaseUnreachable();
    const retryAfter = (error as { extra?: { retryAfterSeconds?: number } }).extra
      ?.retryAfterSeconds;
    if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
    throw error;
  }
}
