import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { SIGN_IN_LIMITS, PASSWORD_CHANGE_LIMIT } from '../src/modules/auth/login-rate-limit';
import { createUser, signIn, TEST_PASSWORD } from './support/accounts';
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

const attempt = (http: App, email: string, password: string, forwardedFor?: string) => {
  const call = request(http).post('/api/auth/login');
  if (forwardedFor) call.set('X-Forwarded-For', forwardedFor);
  return call.send({ email, password });
};

/** The addresses the audit trail recorded for sign-in attempts on the account. */
const auditedAddresses = async (dbUrl: string, userId: string) =>
  (
    await sql<{ address: string }>(
      dbUrl,
      `SELECT c->>'new' AS address FROM audit_records, jsonb_array_elements(changes) c
        WHERE entity = 'sign_in' AND entity_id = $1 AND c->>'field' = 'address' ORDER BY id`,
      [userId],
    )
  ).map((row) => row.address);

describe('sign-in limits (no proxy trusted, as by default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('checks at most the limit of passwords for 40 parallel wrong ones on one account', async () => {
    const target = await createUser(t.db.url);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(t.http, target.email, `wrong-password-${i}`)),
    );
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_LIMITS.accountAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - SIGN_IN_LIMITS.accountAddress);
    const failures = await sql<{ n: string }>(
      t.db.url,
      `SELECT count(*) AS n FROM audit_records, jsonb_array_elements(changes) c
        WHERE entity = 'sign_in' AND entity_id = $1 AND c->>'field' = 'outcome'
          AND c->>'new' = 'failed'`,
      [target.id],
    );
    expect(Number(failures[0].n)).toBe(SIGN_IN_LIMITS.accountAddress);
    // Locked from this address, also with the right password.
    const locked = await attempt(t.http, target.email, TEST_PASSWORD).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not let a client choose its address with X-Forwarded-For', async () => {
    const target = await createUser(t.db.url);
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress; i++) {
      await attempt(t.http, target.email, 'wrong-password', `203.0.113.${i}`).expect(401);
    }
    await attempt(t.http, target.email, TEST_PASSWORD, '198.51.100.1').expect(429);
    const addresses = await auditedAddresses(t.db.url, target.id);
    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((a) => /203\.0\.113|198\.51\.100/.test(a))).toEqual([]);
  });

  it('does not lock out the colleagues of one who mistypes behind the same address', async () => {
    const mistyper = await createUser(t.db.url);
    const colleague = await createUser(t.db.url);
    for (let i = 0; i < 10; i++) await attempt(t.http, mistyper.email, `oeps-${i}`);
    await attempt(t.http, mistyper.email, TEST_PASSWORD).expect(429);
    await signIn(t.http, colleague.email);
  });

  it('limits wrong current passwords when changing the password', async () => {
    const user = await createUser(t.db.url);
    const agent = await signIn(t.http, user.email);
    const change = (currentPassword: string) =>
      agent
        .put('/api/auth/password')
        .send({ currentPassword, newPassword: 'een-nieuw-lang-wachtwoord' });
    for (let i = 0; i < PASSWORD_CHANGE_LIMIT; i++) await change(`fout-${i}`).expect(403);
    const limited = await change(TEST_PASSWORD).expect(429);
    expect(limited.body.code).toBe('PASSWORD_CHANGE_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await signIn(t.http, user.email, TEST_PASSWORD);
  });

  it('answers /api/auth/me with Cache-Control: no-store', async () => {
    const user = await createUser(t.db.url);
    const agent = await signIn(t.http, user.email);
    const res = await agent.get('/api/auth/me').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('ignores X-Forwarded-Proto too: the cookie is not marked Secure on its word', async () => {
    const user = await createUser(t.db.url);
    const res = await request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
  });
});

describe('sign-in limits behind a trusted proxy (KOERS_TRUSTED_PROXIES=loopback)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ trustedProxies: ['loopback'] });
  });
  afterAll(() => t.close());

  it('counts by the client address the proxy names', async () => {
    const target = await createUser(t.db.url);
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress; i++) {
      await attempt(t.http, target.email, 'wrong-password', '203.0.113.7').expect(401);
    }
    await attempt(t.http, target.email, TEST_PASSWORD, '203.0.113.7').expect(429);
    // The same account from another address of the office network is still let in.
    await attempt(t.http, target.email, TEST_PASSWORD, '203.0.113.8').expect(200);
    expect(await auditedAddresses(t.db.url, target.id)).toContain('203.0.113.7');
  });

  it('locks an account tried from many addresses, also for the right password', async () => {
    const target = await createUser(t.db.url);
    for (let i = 0; i < SIGN_IN_LIMITS.account; i++) {
      await attempt(t.http, target.email, 'wrong-password', `10.9.${i}.1`).expect(401);
    }
    await attempt(t.http, target.email, TEST_PASSWORD, '10.9.99.1').expect(429);
  });

  it('stops one address that tries many accounts at the address ceiling', async () => {
    const batch = 10;
    for (let i = 0; i < SIGN_IN_LIMITS.address; i += batch) {
      await Promise.all(
        Array.from({ length: batch }, (_, j) =>
          attempt(t.http, `raden${i + j}@koers.test`, 'wrong-password', '10.8.0.1').expect(401),
        ),
      );
    }
    const user = await createUser(t.db.url);
    await attempt(t.http, user.email, TEST_PASSWORD, '10.8.0.1').expect(429);
    await attempt(t.http, user.email, TEST_PASSWORD, '10.8.0.2').expect(200);
  });
});
