import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { DEMO_PASSWORD } from '../src/seed/data/demo-accounts';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { AccessWorld, createAccessWorld } from './access/access-fixture';
import { createUser, signIn, SignedInAgent, TestUser } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13 item 1: a region admin manages only accounts whose every role is in regions they
 * administer. The probe: the admin of region A (Eindhoven) enters the e-mail of a user of region B
 * (Zwolle) or of a platform administrator, then tries to deactivate that account.
 */
describe('a region admin cannot take over accounts of other regions', () => {
  let t: TestApp;
  let w: AccessWorld;
  let adminA: SignedInAgent;
  let zwolle: TestUser;
  let platformAdmin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    w = await createAccessWorld(t.db.url);
    adminA = await signIn(t.http, (w.users.admin as TestUser).email);
    zwolle = await createUser(t.db.url, {
      name: 'Zwolse Bureaumedewerker',
      roles: [{ regionId: w.b.regionId, role: 'bureau' }],
    });
    platformAdmin = await createUser(t.db.url, { name: 'Platformbeheerder', platformAdmin: true });
  });
  afterAll(() => t.close());

  const rolesOf = (userId: string) =>
    w.sql<{ region_id: string; role: string }>(
      `SELECT region_id, role FROM role_assignments WHERE user_id = $1 ORDER BY role`,
      [userId],
    );
  const invite = (email: string, name = 'Nieuwe collega') =>
    adminA.post(`/api/regions/${w.a.regionId}/users`).send({ email, name, role: 'observer' });
  /** The answer with what differs per account left out: its keys and the types of its values. */
  const shape = (body: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value]));

  it('does not attach a user of another region or a platform admin, and reveals neither', async () => {
    const fresh = await invite('nog.niemand@elders.test');
    for (const target of [zwolle, platformAdmin]) {
      const res = await invite(target.email.toUpperCase());
      expect(res.status).toBe(fresh.status);
      expect(shape(res.body)).toEqual(shape(fresh.body));
      expect(res.body.id).not.toBe(target.id);
      expect(res.body.name).toBe('Nieuwe collega');
      expect(JSON.stringify(res.body)).not.toMatch(/Zwolse|Platformbeheerder/);
      expect(res.body.roles).toEqual([
        expect.objectContaining({ regionId: w.a.regionId, role: 'observer' }),
      ]);
      expect(res.body.oneTimePassword).toMatch(/^\S{20}$/);
    }
    expect(await rolesOf(zwolle.id)).toEqual([{ region_id: w.b.regionId, role: 'bureau' }]);
    expect(await rolesOf(platformAdmin.id)).toEqual([]);
    const list = await adminA.get(`/api/regions/${w.a.regionId}/users?limit=100`).expect(200);
    const ids = list.body.items.map((u: { id: string }) => u.id);
    expect(ids).not.toContain(zwolle.id);
    expect(ids).not.toContain(platformAdmin.id);
  });

  it('refuses to deactivate them or give them a role; they still sign in', async () => {
    for (const target of [zwolle, platformAdmin]) {
      const deactivate = await adminA.post(`/api/users/${target.id}/deactivate`).expect(404);
      expect(deactivate.body.code).toBe('USER_NOT_FOUND');
      const grant = await adminA
        .put(`/api/regions/${w.a.regionId}/users/${target.id}/roles/observer`)
        .send({})
        .expect(404);
      expect(grant.body.code).toBe('USER_NOT_FOUND');
      expect(JSON.stringify([deactivate.body, grant.body])).not.toMatch(/Zwolse|Platformbeheerder/);
      await signIn(t.http, target.email);
    }
    expect(await rolesOf(zwolle.id)).toEqual([{ region_id: w.b.regionId, role: 'bureau' }]);
  });

  it('refuses to deactivate or change an account that also has roles in another region', async () => {
    const shared = await createUser(t.db.url, {
      roles: [
        { regionId: w.a.regionId, role: 'observer' },
        { regionId: w.b.regionId, role: 'admin' },
      ],
    });
    const res = await adminA.post(`/api/users/${shared.id}/deactivate`).expect(403);
    expect(res.body.code).toBe('USER_MANAGED_ELSEWHERE');
    await adminA
      .put(`/api/regions/${w.a.regionId}/users/${shared.id}/roles/bureau`)
      .send({})
      .expect(403);
    // Taking away the role in one's own region takes nothing of the other region's.
    await adminA
      .delete(`/api/regions/${w.a.regionId}/users/${shared.id}/roles/observer`)
      .expect(204);
    await signIn(t.http, shared.email);
    // A platform admin with a role in the region is not the region admin's to deactivate either.
    const boss = await createUser(t.db.url, {
      platformAdmin: true,
      roles: [{ regionId: w.a.regionId, role: 'observer' }],
    });
    await adminA.post(`/api/users/${boss.id}/deactivate`).expect(403);
    await signIn(t.http, boss.email);
  });

  it('still manages its own users: a second role, deactivation', async () => {
    const own = await createUser(t.db.url, {
      roles: [{ regionId: w.a.regionId, role: 'observer' }],
    });
    const again = await adminA
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({ email: own.email, name: 'Wie dan ook', role: 'bureau' })
      .expect(201);
    expect(again.body.id).toBe(own.id);
    expect((await rolesOf(own.id)).map((r) => r.role)).toEqual(['bureau', 'observer']);
    await adminA.post(`/api/users/${own.id}/deactivate`).expect(204);
  });

  it('lets the account holder accept the invitation; a platform admin attaches directly', async () => {
    const holder = await createUser(t.db.url, {
      roles: [{ regionId: w.b.regionId, role: 'observer' }],
    });
    await invite(holder.email).expect(201);
    expect(await rolesOf(holder.id)).toHaveLength(1);
    const agent = await signIn(t.http, holder.email);
    const pending = await agent.get('/api/auth/invitations').expect(200);
    // The holder sees who offered it, to judge whether to accept.
    expect(pending.body).toEqual([
      expect.objectContaining({
        regionId: w.a.regionId,
        role: 'observer',
        invitedByName: (await adminA.get('/api/auth/me').expect(200)).body.user.name,
      }),
    ]);
    // Nobody else can accept it.
    const other = await signIn(t.http, zwolle.email);
    await other
      .post('/api/auth/invitations/accept')
      .send({ invitationId: pending.body[0].id })
      .expect(404);
    await agent
      .post('/api/auth/invitations/accept')
      .send({ invitationId: pending.body[0].id })
      .expect(204);
    expect((await rolesOf(holder.id)).map((r) => r.region_id).sort()).toEqual(
      [w.a.regionId, w.b.regionId].sort(),
    );
    await agent.get('/api/auth/invitations').expect(200, []);

    const platform = await t.asAdmin();
    const attached = await platform
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({ email: zwolle.email, name: 'x', role: 'observer' })
      .expect(201);
    expect(attached.body).toMatchObject({ id: zwolle.id, name: 'Zwolse Bureaumedewerker' });
  });

  it('lets the account holder decline the invitation; nothing of theirs changes', async () => {
    const holder = await createUser(t.db.url, {
      roles: [{ regionId: w.b.regionId, role: 'observer' }],
    });
    await invite(holder.email).expect(201);
    const agent = await signIn(t.http, holder.email);
    const [offer] = (await agent.get('/api/auth/invitations').expect(200)).body;
    await agent.post('/api/auth/invitations/decline').send({ invitationId: offer.id }).expect(204);
    await agent.get('/api/auth/invitations').expect(200, []);
    await agent.post('/api/auth/invitations/accept').send({ invitationId: offer.id }).expect(404);
    expect(await rolesOf(holder.id)).toEqual([{ region_id: w.b.regionId, role: 'observer' }]);
  });

  it('answers 404 ROLE_NOT_FOUND for revoking an admin role the user does not have', async () => {
    const observer = await createUser(t.db.url, {
      roles: [{ regionId: w.a.regionId, role: 'observer' }],
    });
    const res = await adminA
      .delete(`/api/regions/${w.a.regionId}/users/${observer.id}/roles/admin`)
      .expect(404);
    expect(res.body.code).toBe('ROLE_NOT_FOUND');
  });
});

describe('the probe of issue 13 on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    const ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
    try {
      await runSeeds(ds, DEMO_SEEDS);
    } finally {
      await ds.destroy();
    }
  });
  afterAll(() => t.close());

  it('does not let admin@koers.demo take over a Zwolle user or a platform administrator', async () => {
    const admin = await signIn(t.http, 'admin@koers.demo', DEMO_PASSWORD);
    const eindhoven = admin.me.roles[0].regionId;
    const zwolle = await signIn(t.http, 'bureau.zwolle@koers.demo', DEMO_PASSWORD);
    const platform = await createUser(t.db.url, { name: 'Platform Beheer', platformAdmin: true });
    const targets = [
      { id: zwolle.me.user.id, email: 'bureau.zwolle@koers.demo', name: zwolle.me.user.name },
      { id: platform.id, email: platform.email, name: 'Platform Beheer' },
    ];
    for (const target of targets) {
      const res = await admin
        .post(`/api/regions/${eindhoven}/users`)
        .send({ email: target.email, name: 'Onbekend', role: 'observer' })
        .expect(201);
      expect(res.body.id).not.toBe(target.id);
      expect(JSON.stringify(res.body)).not.toContain(target.name);
      await admin.post(`/api/users/${target.id}/deactivate`).expect(404);
      await signIn(t.http, target.email, target.id === platform.id ? undefined : DEMO_PASSWORD);
    }
    await zwolle.get('/api/auth/me').expect(200);
  });
});
