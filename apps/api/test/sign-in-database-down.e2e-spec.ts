import request from 'supertest';
import { createUser, signIn, TEST_PASSWORD } from './support/accounts';
import { testServer, withAdminClient } from './support/test-server';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 13 item 11: while the database is down, signing in says so (503), in plain words. */
describe('signing in while the database cannot be reached', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const setConnections = (allow: boolean) =>
    withAdminClient(testServer().serverUrl, async (c) => {
      await c.query(`ALTER DATABASE "${t.db.name}" WITH ALLOW_CONNECTIONS ${allow}`);
      if (!allow) {
        await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          t.db.name,
        ]);
      }
    });

  it('answers 503 saying Koers cannot reach its database, and signs in once it is back', async () => {
    const user = await createUser(t.db.url);
    const agent = await signIn(t.http, user.email);
    await setConnections(false);
    try {
      const login = await request(t.http)
        .post('/api/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(503);
      expect(login.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(login.body).toMatchObject({ status: 503, code: 'DATABASE_UNREACHABLE' });
      expect(login.body.detail).toMatch(/Koers kan zijn database nu niet bereiken/);
      // A signed-in browser asking who it is (the session is read from the database).
      const me = await agent.get('/api/auth/me').expect(503);
      expect(me.body).toMatchObject({ code: 'DATABASE_UNREACHABLE' });
    } finally {
      await setConnections(true);
    }
    await signIn(t.http, user.email);
  });
});
