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
    this.store = pgStore;
    this.pgStore = pgStore as unknown as { close(): Promise<void> };
  }

  onModuleDestroy(): Promise<void> {
    return this.pgStore.close();
  }
}
