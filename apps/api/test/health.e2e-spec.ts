import request from 'supertest';
import { withAdminClient, testServer } from './support/test-server';
import { startTestApp, TestApp } from './support/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 with the database up', async () => {
    const res = await request(t.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 while PostgreSQL is unreachable and recovers by itself when it returns', async () => {
    const { serverUrl } = testServer();
    const setConnections = (allow: boolean) =>
      withAdminClient(serverUrl, async (c) => {
        await c.query(`ALTER DATABASE "${t.db.name}" WITH ALLOW_CONNECTIONS ${allow}`);
        if (!allow) {
          await c.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
            [t.db.name],
          );
        }
      });

    await setConnections(false);
    try {
      const down = await request(t.http).get('/api/health').expect(503);
      expect(down.body).toEqual({ status: 'unavailable', database: 'down' });
    } finally {
      await setConnections(true);
    }
    const up = await request(t.http).get('/api/health').expect(200);
    expect(up.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('is described in the OpenAPI document, served next to Swagger UI', async () => {
    const doc = await request(t.http).get('/api/docs-json').expect(200);
    expect(doc.body.paths['/api/health'].get.responses).toHaveProperty('200');
    const ui = await request(t.http).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });
});
