import { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types';
import { createKoersApp } from '../../src/app.factory';
import { createTestDatabase, TestDatabase } from './test-server';

export interface TestApp {
  app: INestApplication;
  http: App;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real Koers application on a fresh, migrated database of this test file's own. */
export async function startTestApp(): Promise<TestApp> {
  const db = await createTestDatabase();
  const app = await createKoersApp({ databaseUrl: db.url, logLevel: 'error' });
  await app.init();
  return {
    app,
    http: app.getHttpServer() as App,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
