import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * The sessions in PostgreSQL (table "session", created by a migration), on the app's own pool.
 * Closed with the app, before the pool, so its pruning stops first.
 */
@Injectable()
export class SessionStore implements OnModuleDestroy {
  readonly store: session.Store;
  private readonly pgStore: { close(): Promise<void> };

  constructor(dataSource: DataSource) {
    const PgStore = connectPgSimple(session);
    const logger = new Logger('Sessions');
    const pgStore = new PgStore({
      pool: (dataSource.driver as unknown as { master: Pool }).master,
      tableName: 'session',
      createTableIfMissing: false,
      errorLog: (...args: unknown[]) => logger.error(args.map(String).join(' ')),
    });
    this.store = throttleTouch(pgStore);
    this.pgStore = pgStore as unknown as { close(): Promise<void> };
  }

  onModuleDestroy(): Promise<void> {
    return this.pgStore.close();
  }
}

/** How often one session's expiry is pushed forward in the database at most. */
export const TOUCH_EVERY_MS = 60_000;

/**
 * A rolling session is "touched" (UPDATE … SET expire) after every request: one write and commit
 * per read. Touch a session at most once a minute instead — it then idles out at most a minute
 * before its cookie says, out of 30 — which takes a round trip off every request (issue 7).
 */
export function throttleTouch(store: session.Store, everyMs = TOUCH_EVERY_MS): session.Store {
  const touched = new Map<string, number>();
  const touch = store.touch?.bind(store);
  const destroy = store.destroy.bind(store);
  if (!touch) return store;
  store.touch = (sid, sess, done) => {
    const now = Date.now();
    const last = touched.get(sid);
    if (last !== undefined && now - last < everyMs) return done?.();
    // Bounded: forgetting costs one extra UPDATE per session, never a missed one.
    if (touched.size >= 100_000) touched.clear();
    touched.set(sid, now);
    touch(sid, sess, done);
  };
  store.destroy = (sid, done) => {
    touched.delete(sid);
    destroy(sid, done);
  };
  return store;
}
