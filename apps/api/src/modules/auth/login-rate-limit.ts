import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One counter: its key and how many failures it allows within the window. */
export interface AttemptLimit {
  key: string;
  max: number;
}

export const LOGIN_WINDOW_MINUTES = 15;

/**
 * Failed sign-ins allowed within the window (OWASP authentication cheat sheet): few for one
 * account from one address (a guesser at one keyboard), more for one account from anywhere (a
 * guesser with many addresses), and many more for one address over all accounts, so that one
 * colleague who mistypes does not lock out a whole office behind one NAT address.
 */
export const SIGN_IN_LIMITS = { accountAddress: 5, account: 20, address: 100 } as const;

/** Wrong current passwords allowed per account when changing the password. */
export const PASSWORD_CHANGE_LIMIT = 5;

/** The counters one sign-in attempt for this account from this address counts against. */
export const signInLimits = (email: string, address: string): AttemptLimit[] => [
  { key: `account-address:${email}|${address}`, max: SIGN_IN_LIMITS.accountAddress },
  { key: `account:${email}`, max: SIGN_IN_LIMITS.account },
  { key: `address:${address}`, max: SIGN_IN_LIMITS.address },
];

/** A reserved attempt: undo it when the password was right. */
export interface Reservation {
  keys: string[];
  bucket: Date;
}

/**
 * Counts failed attempts per key in one-minute buckets in PostgreSQL, so every replica sees the
 * same count: a sliding window of 15 minutes. An attempt is counted BEFORE its password is
 * checked, under a transaction-scoped advisory lock per key, so parallel attempts cannot all
 * read the same count: 40 at once get at most `max` password checks, the rest a 429.
 */
@Injectable()
export class LoginRateLimit {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one attempt against every limit, or none when a limit is already reached: then the
   * seconds until it frees up are returned in `retryAfter`.
   */
  async reserve(
    limits: AttemptLimit[],
  ): Promise<{ retryAfter: number } | { reservation: Reservation }> {
    const keys = limits.map((limit) => limit.key);
    return this.dataSource.transaction(async (manager) => {
      // One lock per key, always in the same order, so two attempts cannot deadlock.
      for (const key of [...keys].sort()) {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7241))`, [key]);
      }
      const counts: { key: string; failures: string; retry: string }[] = await manager.query(
        `SELECT key, sum(count) AS failures,
                ceil(extract(epoch FROM min(window_start) + make_interval(mins => $2) - now()))
                  AS retry
           FROM login_attempts
          WHERE key = ANY($1) AND window_start > now() - make_interval(mins => $2)
          GROUP BY key`,
        [keys, LOGIN_WINDOW_MINUTES],
      );
      const full = counts.filter(
        (row) => Number(row.failures) >= (limits.find((l) => l.key === row.key)?.max ?? 0),
      );
      if (full.length > 0) {
        return { retryAfter: Math.max(1, ...full.map((row) => Number(row.retry))) };
      }
      const [{ bucket }]: { bucket: Date }[] = await manager.query(
        `INSERT INTO login_attempts (key, window_start, count)
         SELECT k, date_trunc('minute', now()), 1 FROM unnest($1::varchar[]) AS k
         ON CONFLICT (key, window_start) DO UPDATE SET count = login_attempts.count + 1
         RETURNING window_start AS bucket`,
        [keys],
      );
      await manager.query(
        `DELETE FROM login_attempts WHERE window_start < now() - make_interval(mins => $1)`,
        [LOGIN_WINDOW_MINUTES],
      );
      return { reservation: { keys, bucket } };
    });
  }

  /**
   * The password was right: the attempt was no failure. The account's counters are cleared (a
   * success ends a run of mistakes); the address keeps the failures it had.
   */
  async succeeded(reservation: Reservation, clearKeys: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE login_attempts SET count = count - 1
        WHERE key = ANY($1) AND window_start = $2 AND count > 0`,
      [reservation.keys, reservation.bucket],
    );
    await this.dataSource.query(`DELETE FROM login_attempts WHERE key = ANY($1)`, [clearKeys]);
  }
}
