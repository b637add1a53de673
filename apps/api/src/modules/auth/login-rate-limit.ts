import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failed sign-ins allowed per key (account, IP address) within the window. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MINUTES = 15;

/**
 * Counts failed sign-ins per key in one-minute buckets in PostgreSQL, so every replica sees the
 * same count: a sliding window of 15 minutes.
 */
@Injectable()
export class LoginRateLimit {
  constructor(private readonly dataSource: DataSource) {}

  /** Seconds until a key that reached the limit may try again, or null when none did. */
  async retryAfter(keys: string[]): Promise<number | null> {
    const rows: { retry: string | null }[] = await this.dataSource.query(
      `SELECT max(retry) AS retry FROM (
         SELECT ceil(extract(epoch FROM min(window_start) + make_interval(mins => $2) - now())) AS retry
           FROM login_attempts
          WHERE key = ANY($1) AND window_start > now() - make_interval(mins => $2)
          GROUP BY key
         HAVING sum(count) >= $3) limited`,
      [keys, LOGIN_WINDOW_MINUTES, LOGIN_FAILURE_LIMIT],
    );
    return rows[0]?.retry === null || rows[0]?.retry === undefined
      ? null
      : Math.max(1, Number(rows[0].retry));
  }

  async recordFailure(keys: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempts (key, window_start, count)
       SELECT k, date_trunc('minute', now()), 1 FROM unnest($1::varchar[]) AS k
       ON CONFLICT (key, window_start) DO UPDATE SET count = login_attempts.count + 1`,
      [keys],
    );
    await this.dataSource.query(
      `DELETE FROM login_attempts WHERE window_start < now() - make_interval(mins => $1)`,
      [LOGIN_WINDOW_MINUTES],
    );
  }

  /** A successful sign-in clears the account's count (not the address's). */
  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE key = $1`, [key]);
  }
}
