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
   * A signed-in platform administrator (may do everything everywhere), created on first use:
   * to convert a test written before sign-in, use `await t.asAdmin()` where it used
   * `request(t.http)`.
   */
  asAdmin(): Promise<Agent>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /**
   * Check @Access rules, CSRF and sign-in. STAGING: defaults to false until every test signs in
   * (see test/support/accounts.ts); the lead flips this default to true.
   */
  enforceAccess?: boolean;
  /** Demo mode (GET /api/auth/demo-accounts answers). */
  demo?: boolean;
  session?: Partial<SessionConfig>;
}

/** The real Koers application on a fresh, migrated database of this test file's own. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await createKoersApp({
    databaseUrl: db.url,
    logLevel: 'error',
    enforceAccess: options.enforceAccess ?? false,
    demo: options.demo ?? false,
    session: { ...DEFAULT_SESSION_CONFIG, ...options.session },
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
