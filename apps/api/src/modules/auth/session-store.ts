import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Principal, PRINCIPAL_JSON } from '../../common/access/principal';
import { boundedCache } from '../../common/bounded-cache';
import { preparedRead, runPrepared } from '../../database/prepared-read';

/** The session and, when it names a user, that user's principal (null if no longer active). */
const SESSION_WITH_PRINCIPAL = preparedRead(
  'koers_session_with_principal',
  `SELECT s.sess,
          (SELECT ${PRINCIPAL_JSON} FROM users u
            WHERE u.id = (s.sess->>'userId')::uuid AND u.active) AS principal
     FROM session s WHERE s.sid = $1 AND s.expire >= now()`,
);

/**
 * connect-pg-simple's store, reading the signed-in user's roles in the same statement as the
 * session: one round trip fewer on every request (issue 7). The principal rides along on the
 * session object for the access guard and is never written back.
 */
function principalSessionStore(dataSource: DataSource): ReturnType<typeof connectPgSimple> {
  const PgStore = connectPgSimple(session);
  return class PrincipalSessionStore extends PgStore {
    override get(sid: string, done: (err: unknown, sess?: session.SessionData | null) => void) {
      runPrepared<{ sess: session.SessionData; principal: Principal | null }>(
        dataSource.manager,
        SESSION_WITH_PRINCIPAL,
        [sid],
      ).then(
        ([row]) => {
          if (!row) return done(null, null);
          done(null, row.sess.userId ? { ...row.sess, principal: row.principal } : row.sess);
        },
        (error: unknown) => done(error),
      );
    }

    override set(sid: string, sess: session.SessionData, done?: (err?: unknown) => void) {
      const stored = { ...sess };
      delete stored.principal;
      super.set(sid, stored, done);
    }
  };
}

/**
 * The sessions in PostgreSQL (table "session", created by a migration), on the app's own pool.
 * Closed with the app, before the pool, so its pruning stops first.
 */
@Injectable()
export class SessionStore implements OnModuleDestroy {
  readonly store: session.Store;
  private readonly pgStore: { close(): Promise<void> };

  constructor(dataSource: DataSource) {
    const PgStore = principalSessionStore(dataSource);
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
  // The sessions touched within the last `everyMs`. Bounded: forgetting one costs one extra
  // UPDATE for that session, never a missed one.
  const touched = boundedCache<string, true>({ max: 100_000, ttlMs: everyMs });
  const touch = store.touch?.bind(store);
  const destroy = store.destroy.bind(store);
  if (!touch) return store;
  store.touch = (sid, sess, done) => {
    if (touched.has(sid)) return done?.();
    touched.set(sid, true);
    touch(sid, sess, done);
  };
  store.destroy = (sid, done) => {
    touched.delete(sid);
    destroy(sid, done);
  };
  return store;
}
