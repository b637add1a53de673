import { randomBytes } from 'node:crypto';
import type { MeResponse, RoleName } from '@koers/contracts';
import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { hashPassword } from '../../src/modules/auth/passwords';

/** The password of every user the tests create. */
export const TEST_PASSWORD = 'koers-test-wachtwoord-7x';

// argon2 is slow on purpose: one hash per test file, shared by every test user.
let testHash: Promise<string> | undefined;
const sharedHash = () => (testHash ??= hashPassword(TEST_PASSWORD));

export type Agent = ReturnType<typeof request.agent>;

/** A signed-in agent, with what the sign-in answered and its bare session cookie. */
export type SignedInAgent = Agent & { me: MeResponse; cookie: string };

export interface TestRole {
  regionId: string;
  role: RoleName;
  municipalityId?: string;
  personId?: string;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** Inserts a user with roles straight into the database (password TEST_PASSWORD). */
export async function createUser(
  dbUrl: string,
  options: { email?: string; name?: string; platformAdmin?: boolean; roles?: TestRole[] } = {},
): Promise<TestUser> {
  const email = (
    options.email ?? `user.${randomBytes(4).toString('hex')}@test.koers`
  ).toLowerCase();
  const client = new Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (email, name, password_hash, is_platform_admin)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, options.name ?? email, await sharedHash(), options.platformAdmin ?? false],
    );
    for (const role of options.roles ?? []) {
      await client.query(
        `INSERT INTO role_assignments (user_id, region_id, role, municipality_id, person_id)
         VALUES ($1, $2, $3, $4, $5)`,
        [rows[0].id, role.regionId, role.role, role.municipalityId ?? null, role.personId ?? null],
      );
    }
    return { id: rows[0].id, email, password: TEST_PASSWORD };
  } finally {
    await client.end();
  }
}

/**
 * A supertest agent signed in as this user: it keeps the session cookie and sends the session's
 * X-CSRF-Token with every request, like the web app does.
 */
export async function signIn(
  http: App,
  email: string,
  password: string = TEST_PASSWORD,
): Promise<SignedInAgent> {
  const agent = request.agent(http);
  const res = await agent.post('/api/auth/login').send({ email, password });
  if (res.status !== 200) {
    throw new Error(`Signing in as ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  const me = res.body as MeResponse;
  agent.set('X-CSRF-Token', me.csrfToken);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  return Object.assign(agent, { me, cookie });
}

/** Creates a user with these roles and signs them in. */
export async function signInAs(
  t: { http: App; db: { url: string } },
  options: Parameters<typeof createUser>[1],
): Promise<SignedInAgent> {
  const user = await createUser(t.db.url, options);
  return signIn(t.http, user.email);
}
