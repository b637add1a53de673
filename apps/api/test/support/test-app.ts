import { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types';
import { createKoersApp } from '../../src/app.factory';
import { SessionConfig } from '../../src/config/koers-config';
import { DEFAULT_SESSION_CONFIG } from '../../src/modules/auth/security';
import { Agent, signInAs } from './accounts';
import { createTestDatabase, TestDatabase } from './test-server';

export interface TestApp {
  app: INestApplication;
  http: App;
  db: TestDatabase;
  /**
   * A signed-in platform administrator (may do everything everywhere), created on first use.
   * Every request is checked against its @Access rule, CSRF and sign-in, as in production: call
   * through this agent, and use `request(t.http)` only to call deliberately as anonymous.
   */
  asAdmin(): Promise<Agent>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Demo mode (GET /api/auth/demo-accounts answers). */
  demo?: boolean;
  session?: Partial<SessionConfig>;
  /** KOERS_TRUSTED_PROXIES; none by default, as in production. */
  trustedProxies?: string[];
  /** The log lines at this level go to `logDestination` (default: errors only, on stdout). */
  logLevel?: 'error' | 'log';
  logDestination?: import('pino').DestinationStream;
}

/**
 * The real Koers application, with the same access guard as production, on a fresh, migrated
 * database of this test file's own.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await createKoersApp({
    databaseUrl: db.url,
    logLevel: options.logLevel ?? 'error',
    logDestination: options.logDestination,
    demo: options.demo ?? false,
    session: { ...DEFAULT_SESSION_CONFIG, ...options.session },
    trustedProxies: options.trustedProxies,
  });
  await app.init();
  const http = app.getHttpServer() as App;
  let admin: Promise<Agent> | undefined;
  return {
    app,
    http,
    db,
    asAdmin: () => (admin ??= signInAs({ http, db }, { platformAdmin: true })),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
