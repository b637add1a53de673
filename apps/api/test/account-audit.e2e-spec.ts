import request from 'supertest';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { createUser, signIn, SignedInAgent, TEST_PASSWORD, TestUser } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';
import { Client } from 'pg';

interface AuditRow {
  region_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string | null;
  changes: { field: string; old: unknown; new: unknown }[];
}

/** Issue 12 item 8: account events are in the audit trail, with who did it and in which region. */
describe('accounts in the audit trail', () => {
  let t: TestApp;
  let region: RegionFixture;
  let adminUser: TestUser;
  let admin: SignedInAgent;
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const recordsOf = (entityId: string) =>
    sql<AuditRow>(
      `SELECT region_id, entity, entity_id, action, actor_id, actor_name, actor_role, changes
         FROM audit_records WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
  beforeAll(async () => {
    t = await startTestApp();
    region = await createRegionFixture(t.db.url);
    adminUser = await createUser(t.db.url, {
      name: 'Anna Beheer',
      roles: [{ regionId: region.regionId, role: 'admin' }],
    });
    admin = await signIn(t.http, adminUser.email);
  });
  afterAll(() => t.close());

  const byAdmin = () => ({
    actor_id: adminUser.id,
    actor_name: 'Anna Beheer',
    actor_role: 'admin',
    region_id: region.regionId,
  });

  it('records creating a user, granting and revoking a role, and deactivating, with the admin', async () => {
    const created = await admin
      .post(`/api/regions/${region.regionId}/users`)
      .send({ email: 'nieuw@koers.test', name: 'Nieuwe Collega', role: 'observer' })
      .expect(201);
    const userId = created.body.id as string;
    await admin
      .put(`/api/regions/${region.regionId}/users/${userId}/roles/bureau`)
      .send({})
      .expect(200);
    await admin
      .delete(`/api/regions/${region.regionId}/users/${userId}/roles/observer`)
      .expect(204);
    await admin.post(`/api/users/${userId}/deactivate`).expect(204);

    const records = await recordsOf(userId);
    expect(records).toEqual([
      expect.objectContaining({
        ...byAdmin(),
        entity: 'user',
        action: 'create',
        changes: [
          { field: 'email', old: null, new: 'nieuw@koers.test' },
          { field: 'name', old: null, new: 'Nieuwe Collega' },
        ],
      }),
      expect.objectContaining({
        ...byAdmin(),
        action: 'update',
        changes: [{ field: 'roles', old: [], new: ['observer'] }],
      }),
      expect.objectContaining({
        ...byAdmin(),
        action: 'update',
        changes: [{ field: 'roles', old: ['observer'], new: ['bureau', 'observer'] }],
      }),
      expect.objectContaining({
        ...byAdmin(),
        action: 'update',
        changes: [{ field: 'roles', old: ['bureau', 'observer'], new: ['bureau'] }],
      }),
      expect.objectContaining({
        ...byAdmin(),
        action: 'update',
        changes: [{ field: 'active', old: true, new: false }],
      }),
    ]);
    // The region's readers find them through the audit API.
    const trail = await admin.get(`/api/audit?entity=user&entityId=${userId}`).expect(200);
    expect(trail.body.total).toBe(5);
    expect(JSON.stringify(records)).not.toContain(created.body.oneTimePassword);
  });

  it('records sign-ins and password changes on the account, never the password', async () => {
    const user = await createUser(t.db.url, {
      name: 'Piet Inlog',
      roles: [{ regionId: region.regionId, role: 'observer' }],
    });
    await request(t.http)
      .post('/api/auth/login')
      .send({ email: user.email, password: 'een-fout-wachtwoord' })
      .expect(401);
    const agent = await signIn(t.http, user.email);
    await agent
      .put('/api/auth/password')
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'een-nieuw-lang-wachtwoord' })
      .expect(204);

    const records = await recordsOf(user.id);
    const self = { actor_id: user.id, actor_name: 'Piet Inlog', region_id: region.regionId };
    expect(records).toEqual([
      expect.objectContaining({
        ...self,
        entity: 'sign_in',
        changes: [
          { field: 'outcome', old: null, new: 'failed' },
          { field: 'address', old: null, new: expect.any(String) },
        ],
      }),
      expect.objectContaining({
        ...self,
        entity: 'sign_in',
        changes: expect.arrayContaining([{ field: 'outcome', old: null, new: 'success' }]),
      }),
      expect.objectContaining({
        ...self,
        entity: 'user',
        action: 'update',
        changes: [expect.objectContaining({ field: 'passwordChangedAt' })],
      }),
    ]);
    // The admin of the account's region reads them: "from which region" (issue 12 item 8).
    const signIns = await admin.get(`/api/audit?entity=sign_in&entityId=${user.id}`).expect(200);
    expect(signIns.body.total).toBe(2);
    const everything = JSON.stringify(await sql(`SELECT * FROM audit_records`));
    for (const secret of [TEST_PASSWORD, 'een-fout-wachtwoord', 'een-nieuw-lang-wachtwoord']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('records an offer to an account of another region without naming that account', async () => {
    const other = await createRegionFixture(t.db.url, 'Andere regio');
    const elsewhere = await createUser(t.db.url, {
      roles: [{ regionId: other.regionId, role: 'bureau' }],
    });
    const offer = await admin
      .post(`/api/regions/${region.regionId}/users`)
      .send({ email: elsewhere.email, name: 'Iemand', role: 'observer' })
      .expect(201);
    expect(await recordsOf(elsewhere.id)).toEqual([]);
    expect(await recordsOf(offer.body.id)).toEqual([
      expect.objectContaining({ ...byAdmin(), entity: 'role_invitation', action: 'create' }),
    ]);
  });
});
