import request from 'supertest';
import { Client } from 'pg';
import { SIGN_IN_LIMITS } from '../src/modules/auth/login-rate-limit';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { createUser, signIn, TEST_PASSWORD, TestUser } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

async function sql<T>(dbUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('sign-in and sessions', () => {
  let t: TestApp;
  let region: RegionFixture;
  let user: TestUser;
  beforeAll(async () => {
    // Behind a proxy on this machine, so that X-Forwarded-For can name the client's address.
    t = await startTestApp({ trustedProxies: ['loopback'] });
    region = await createRegionFixture(t.db.url);
    user = await createUser(t.db.url, {
      email: 'Bureau.Test@Koers.test',
      roles: [{ regionId: region.regionId, role: 'bureau' }],
    });
  });
  afterAll(() => t.close());

  it('signs in with a session cookie (HttpOnly, SameSite=Lax) and answers /me with the roles', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'BUREAU.test@koers.test', password: TEST_PASSWORD })
      .expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^koers\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.body.user).toMatchObject({
      email: 'bureau.test@koers.test',
      isPlatformAdmin: false,
    });
    expect(res.body.roles).toEqual([
      expect.objectContaining({ regionId: region.regionId, role: 'bureau', municipalityId: null }),
    ]);
    expect(res.body.csrfToken).toEqual(expect.any(String));
    expect(res.body).not.toHaveProperty('user.passwordHash');
  });

  it('marks the cookie Secure when the proxy says the request came over HTTPS', async () => {
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('gives the same 401 for an unknown e-mail and a wrong password', async () => {
    const unknown = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: 'nobody@koers.test', password: TEST_PASSWORD })
      .expect(401);
    const wrong = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.1')
      .send({ email: user.email, password: 'not-the-password' })
      .expect(401);
    expect(unknown.body.code).toBe('LOGIN_FAILED');
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('answers /me with 401 when not signed in', async () => {
    const res = await request(t.http).get('/api/auth/me').expect(401);
    expect(res.body.code).toBe('NOT_SIGNED_IN');
  });

  it('revokes the session on logout: the cookie no longer works and its row is gone', async () => {
    const agent = await signIn(t.http, user.email);
    await agent.get('/api/auth/me').expect(200);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
    const rows = await sql(t.db.url, `SELECT 1 FROM "session" WHERE sess->>'userId' = $1`, [
      user.id,
    ]);
    expect(rows.length).toBeLessThanOrEqual(2); // the two sessions of the earlier tests
  });

  it('rejects a session that was idle too long', async () => {
    const agent = await signIn(t.http, user.email);
    await agent.get('/api/auth/me').expect(200);
    await sql(
      t.db.url,
      `UPDATE "session" SET expire = now() - interval '1 second'
                          WHERE sess->>'csrfToken' = $1`,
      [agent.me.csrfToken],
    );
    await agent.get('/api/auth/me').expect(401);
  });

  it('rejects a session past its absolute lifetime, however active', async () => {
    const agent = await signIn(t.http, user.email);
    const thirteenHoursAgo = Date.now() - 13 * 3_600_000;
    await sql(
      t.db.url,
      `UPDATE "session" SET sess = jsonb_set(sess::jsonb, '{createdAt}', to_jsonb($2::bigint))::json
        WHERE sess->>'csrfToken' = $1`,
      [agent.me.csrfToken, thirteenHoursAgo],
    );
    await agent.get('/api/auth/me').expect(401);
    const rows = await sql(t.db.url, `SELECT 1 FROM "session" WHERE sess->>'csrfToken' = $1`, [
      agent.me.csrfToken,
    ]);
    expect(rows).toEqual([]);
  });

  it('ends every other session when the password changes', async () => {
    const other = await createUser(t.db.url, {
      roles: [{ regionId: region.regionId, role: 'observer' }],
    });
    const first = await signIn(t.http, other.email);
    const second = await signIn(t.http, other.email);
    await second
      .put('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'password1234' })
      .expect(400);
    await second
      .put('/api/auth/password')
      .send({ currentPassword: 'wrong-wrong-wrong', newPassword: 'een-nieuw-lang-wachtwoord' })
      .expect(403);
    await second
      .put('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' })
      .expect(204);
    await first.get('/api/auth/me').expect(401);
    await second.get('/api/auth/me').expect(200);
    await signIn(t.http, other.email, 'een-nieuw-lang-wachtwoord');
  });

  it('ends the sessions of a deactivated user, who can no longer sign in', async () => {
    const admin = await signIn(
      t.http,
      (await createUser(t.db.url, { roles: [{ regionId: region.regionId, role: 'admin' }] })).email,
    );
    const victim = await createUser(t.db.url, {
      roles: [{ regionId: region.regionId, role: 'observer' }],
    });
    const session = await signIn(t.http, victim.email);
    await admin.post(`/api/users/${victim.id}/deactivate`).expect(204);
    await session.get('/api/auth/me').expect(401);
    await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.0.0.9')
      .send({ email: victim.email, password: TEST_PASSWORD })
      .expect(401);
  });

  it('answers a failed sign-in past the account limit with 429 and Retry-After, also with the right password', async () => {
    const target = await createUser(t.db.url);
    for (let i = 0; i < SIGN_IN_LIMITS.account; i++) {
      await request(t.http)
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.1.0.${i}`)
        .send({ email: target.email, password: `wrong-password-${i}` })
        .expect(401);
    }
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.1.1.1')
      .send({ email: target.email, password: TEST_PASSWORD })
      .expect(429);
    expect(res.body.code).toBe('LOGIN_RATE_LIMITED');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Other accounts from other addresses are not affected.
    await signIn(t.http, user.email);
  });
});

describe('CSRF and security headers', () => {
  let t: TestApp;
  let region: RegionFixture;
  let bureau: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    region = await createRegionFixture(t.db.url);
    bureau = await createUser(t.db.url, { roles: [{ regionId: region.regionId, role: 'bureau' }] });
  });
  afterAll(() => t.close());

  const theme = { title: 'Nieuw thema', periodStartYear: 2025, periodEndYear: 2026 };

  it('refuses a state-changing request without the X-CSRF-Token', async () => {
    const agent = await signIn(t.http, bureau.email);
    const res = await request(t.http)
      .post(`/api/regions/${region.regionId}/themes`)
      .set('Cookie', agent.cookie)
      .send(theme)
      .expect(403);
    expect(res.body.code).toBe('CSRF_FAILED');
    await agent.post(`/api/regions/${region.regionId}/themes`).send(theme).expect(201);
  });

  it('refuses a wrong token', async () => {
    const agent = await signIn(t.http, bureau.email);
    agent.set('X-CSRF-Token', 'forged');
    const res = await agent.post(`/api/regions/${region.regionId}/themes`).send(theme).expect(403);
    expect(res.body.code).toBe('CSRF_FAILED');
  });

  it('refuses a request from another origin, even with the token, and a cross-site fetch', async () => {
    const agent = await signIn(t.http, bureau.email);
    const foreign = await agent
      .post(`/api/regions/${region.regionId}/themes`)
      .set('Origin', 'https://evil.example')
      .send(theme)
      .expect(403);
    expect(foreign.body.code).toBe('CSRF_FAILED');
    await agent
      .post(`/api/regions/${region.regionId}/themes`)
      .set('Sec-Fetch-Site', 'cross-site')
      .send(theme)
      .expect(403);
    await request(t.http)
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ email: bureau.email, password: TEST_PASSWORD })
      .expect(403);
  });

  it('accepts its own origin, also behind a proxy', async () => {
    const agent = await signIn(t.http, bureau.email);
    await agent
      .post(`/api/regions/${region.regionId}/themes`)
      .set('Host', 'koers.local:3000')
      .set('Origin', 'http://koers.local:3000')
      .send(theme)
      .expect(201);
    await agent
      .post(`/api/regions/${region.regionId}/themes`)
      .set('Origin', 'https://koers.example.nl')
      .set('X-Forwarded-Host', 'koers.example.nl')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(theme)
      .expect(201);
  });

  it('sends the API’s answers a policy that lets nothing load or frame them; relaxed only for the docs', async () => {
    const api = await request(t.http).get('/api/health').expect(200);
    expect(api.headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none'",
    );
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['x-frame-options']).toBe('DENY');
    expect(api.headers['strict-transport-security']).toContain('max-age=');
    // What only governs a document is left off the data.
    expect(api.headers['cross-origin-opener-policy']).toBeUndefined();
    expect(api.headers['x-xss-protection']).toBeUndefined();
    const docs = await request(t.http).get('/api/docs/').expect(200);
    expect(String(docs.headers['content-security-policy'])).toContain("'unsafe-inline'");
  });

  it('sends larger API answers compressed, as the client accepts, and small ones as they are', async () => {
    const big = await request(t.http)
      .get('/api/docs-json')
      .set('Accept-Encoding', 'br, gzip')
      .expect(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(String(big.headers.vary)).toMatch(/Accept-Encoding/i);
    expect((big.body as { openapi: string }).openapi).toMatch(/^3\./);
    const gzip = await request(t.http)
      .get('/api/docs-json')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await request(t.http)
      .get('/api/docs-json')
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // A client that names no encoding at all gets it plain too, still marked as varying by it.
    const none = await request(t.http).get('/api/docs-json').set('Accept-Encoding', '').expect(200);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(String(none.headers.vary)).toMatch(/Accept-Encoding/i);
    expect((none.body as { openapi: string }).openapi).toMatch(/^3\./);
    const small = await request(t.http)
      .get('/api/health')
      .set('Accept-Encoding', 'br, gzip')
      .expect(200);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('lists the demo accounts only in demo mode', async () => {
    await request(t.http).get('/api/auth/demo-accounts').expect(404);
  });
});
