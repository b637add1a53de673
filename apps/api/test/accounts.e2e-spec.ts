import { execFile } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/seed/data/demo-accounts';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { AccessWorld, createAccessWorld } from './access/access-fixture';
import { createUser, signIn, signInAs, SignedInAgent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const root = path.resolve(__dirname, '../../..');

function cli(args: string[], env: Record<string, string>, stdin: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['-r', './scripts/register-api.cjs', 'apps/api/src/cli.ts', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('accounts and regions', () => {
  let t: TestApp;
  let w: AccessWorld;
  let admin: SignedInAgent;
  beforeAll(async () => {
    t = await startTestApp();
    w = await createAccessWorld(t.db.url);
    admin = await signIn(t.http, (w.users.admin as { email: string }).email);
  });
  afterAll(() => t.close());

  it('lists only the regions a user has a role in; a platform admin sees all', async () => {
    const mine = await admin.get('/api/regions').expect(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([w.a.regionId]);
    expect(mine.body.total).toBe(1);
    const all = await (await t.asAdmin()).get('/api/regions').expect(200);
    expect(all.body.total).toBeGreaterThanOrEqual(2);
  });

  it('gives a user of another region 404 with the not-found problem, never data', async () => {
    const other = await signIn(t.http, (w.users.otherBureau as { email: string }).email);
    const res = await other.get(`/api/programmes/${w.draftProgrammeId}`).expect(404);
    expect(res.body.code).toBe('PROGRAMME_NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toContain('Jaarprogramma');
    const region = await other.get(`/api/regions/${w.a.regionId}`).expect(404);
    expect(region.body.code).toBe('REGION_NOT_FOUND');
  });

  it('lets the public read an adopted programme without e-mail addresses, and nothing unpublished', async () => {
    await w.sql(`UPDATE people SET email = 'jansen@gemeente.test' WHERE id = $1`, [
      w.a.personIds[0],
    ]);
    const programme = await request(t.http)
      .get(`/api/programmes/${w.adoptedProgrammeId}`)
      .expect(200);
    const assignments = await request(t.http)
      .get(`/api/programmes/${w.adoptedProgrammeId}/assignments`)
      .expect(200);
    const assignment = await request(t.http)
      .get(`/api/assignments/${w.adoptedAssignmentId}`)
      .expect(200);
    const steering = await request(t.http)
      .get(`/api/assignments/${w.adoptedAssignmentId}/steering-group`)
      .expect(200);
    for (const body of [programme.body, assignments.body, assignment.body, steering.body]) {
      expect(JSON.stringify(body)).not.toContain('@');
    }
    // Signed in, the same answer keeps the addresses.
    const own = await admin.get(`/api/assignments/${w.adoptedAssignmentId}`).expect(200);
    expect(own.body).toEqual(expect.objectContaining({ id: w.adoptedAssignmentId }));
    // Unpublished: 404 for the public; other routes: 401.
    await request(t.http).get(`/api/programmes/${w.draftProgrammeId}`).expect(404);
    await request(t.http).get(`/api/regions/${w.a.regionId}/programmes`).expect(401);
    await request(t.http).get(`/api/regions/${w.a.regionId}/people`).expect(401);
    // A user of another region reads the published programme as the public does.
    const other = await signIn(t.http, (w.users.otherBureau as { email: string }).email);
    await other.get(`/api/programmes/${w.adoptedProgrammeId}`).expect(200);
    await other.patch(`/api/programmes/${w.adoptedProgrammeId}`).send({ version: 1 }).expect(404);
  });

  it('lets the portfolio holder change only the mandate and status of the assignments they hold', async () => {
    const holder = await signIn(t.http, (w.users.portfolioOwn as { email: string }).email);
    const current = await holder.get(`/api/assignments/${w.ownAssignmentId}`).expect(200);
    const patched = await holder
      .patch(`/api/assignments/${w.ownAssignmentId}`)
      .send({ version: current.body.version, status: 'active' })
      .expect(200);
    expect(patched.body.status).toBe('active');
    const title = await holder
      .patch(`/api/assignments/${w.ownAssignmentId}`)
      .send({ version: patched.body.version, title: 'Andere titel' })
      .expect(403);
    expect(title.body.code).toBe('FORBIDDEN');
    await holder
      .patch(`/api/assignments/${w.otherAssignmentId}`)
      .send({ version: 1, status: 'active' })
      .expect(403);
  });

  it('lets a region admin create a user with a one-time password, assign and revoke roles', async () => {
    const created = await admin
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({
        email: 'Griffie@Asten.test',
        name: 'Griffie Asten',
        role: 'council',
        municipalityId: w.municipalityX,
      })
      .expect(201);
    expect(created.body).toMatchObject({ email: 'griffie@asten.test', active: true });
    expect(created.body.roles).toEqual([
      expect.objectContaining({ role: 'council', municipalityId: w.municipalityX }),
    ]);
    expect(created.body.oneTimePassword).toMatch(/^\S{20}$/);
    const griffie = await signIn(t.http, 'griffie@asten.test', created.body.oneTimePassword);
    expect(griffie.me.roles).toHaveLength(1);

    await admin
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({ email: 'x@asten.test', name: 'X', role: 'council' })
      .expect(400);
    await admin
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({ email: 'y@asten.test', name: 'Y', role: 'observer', password: 'welkom123456' })
      .expect(400);
    // Found by the fuzzer: `password: null` used to reach the hash function and answer 500.
    const nullPassword = await admin
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({ email: 'n@asten.test', name: 'N', role: 'observer', password: null })
      .expect(400);
    expect(nullPassword.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
    );
    await admin
      .post(`/api/regions/${w.a.regionId}/users`)
      .send({
        email: 'z@asten.test',
        name: 'Z',
        role: 'council',
        municipalityId: w.b.municipalityIds[0],
      })
      .expect(400);

    const userId = created.body.id as string;
    const withBoard = await admin
      .put(`/api/regions/${w.a.regionId}/users/${userId}/roles/board`)
      .send({})
      .expect(200);
    expect(withBoard.body.roles.map((r: { role: string }) => r.role).sort()).toEqual([
      'board',
      'council',
    ]);
    await admin.delete(`/api/regions/${w.a.regionId}/users/${userId}/roles/board`).expect(204);
    await admin.delete(`/api/regions/${w.a.regionId}/users/${userId}/roles/board`).expect(404);
    await admin.delete(`/api/regions/${w.a.regionId}/users/${userId}/roles/chief`).expect(404);
    const list = await admin.get(`/api/regions/${w.a.regionId}/users`).expect(200);
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain('griffie@asten.test');
    expect(JSON.stringify(list.body)).not.toContain('password');
    // `?q=` finds a user by part of the name or the address, case-insensitively; % is literal.
    const found = async (q: string) =>
      (await admin.get(`/api/regions/${w.a.regionId}/users?q=${encodeURIComponent(q)}`).expect(200))
        .body as { items: { email: string }[]; total: number };
    expect((await found('GRIFFIE@ASTEN')).items.map((u) => u.email)).toEqual([
      'griffie@asten.test',
    ]);
    expect(await found('%')).toMatchObject({ items: [], total: 0 });
    // The last admin of a region stays.
    const adminId = (w.users.admin as { id: string }).id;
    const last = await admin
      .delete(`/api/regions/${w.a.regionId}/users/${adminId}/roles/admin`)
      .expect(409);
    expect(last.body.code).toBe('LAST_REGION_ADMIN');
  });

  it('does not let the admin of one region deactivate a user of another', async () => {
    const bAdmin = await signInAs(t, { roles: [{ regionId: w.b.regionId, role: 'admin' }] });
    const res = await bAdmin.post(`/api/users/${w.targetUser.id}/deactivate`).expect(404);
    expect(res.body.code).toBe('USER_NOT_FOUND');
  });
});

describe('demo accounts', () => {
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

  it('lists every demo account on the sign-in page, one council per MRE municipality', async () => {
    const res = await request(t.http).get('/api/auth/demo-accounts').expect(200);
    expect(res.body.password).toBe(DEMO_PASSWORD);
    const emails = res.body.accounts.map((a: { email: string }) => a.email);
    expect(emails).toEqual(expect.arrayContaining(DEMO_ACCOUNTS.map((a) => a.email)));
    expect(emails).toContain('council.geldrop-mierlo@koers.demo');
    expect(emails).toContain('council.eindhoven@koers.demo');
    expect(emails.filter((e: string) => e.startsWith('council.'))).toHaveLength(21);
    expect(res.body.accounts).toContainEqual({
      email: 'bureau.zwolle@koers.demo',
      role: 'bureau',
      regionName: expect.stringContaining('Zwolle'),
      municipalityName: null,
    });
  });

  it('signs in each role and shows only what it may see', async () => {
    const portfolio = await signIn(t.http, 'portfolio@koers.demo', DEMO_PASSWORD);
    const personId = portfolio.me.roles[0].personId as string;
    expect(personId).toEqual(expect.any(String));
    const regionId = portfolio.me.roles[0].regionId;
    const programmes = await portfolio.get(`/api/regions/${regionId}/programmes`).expect(200);
    const assignments = await portfolio
      .get(`/api/programmes/${programmes.body.items[0].id}/assignments?limit=200`)
      .expect(200);
    expect(
      assignments.body.items.some(
        (a: { portfolioHolder?: { id: string } | null; portfolioHolderId?: string | null }) =>
          (a.portfolioHolder?.id ?? a.portfolioHolderId) === personId,
      ),
    ).toBe(true);

    const zwolle = await signIn(t.http, 'bureau.zwolle@koers.demo', DEMO_PASSWORD);
    const regions = await zwolle.get('/api/regions').expect(200);
    expect(regions.body.items.map((r: { shortName: string }) => r.shortName)).toEqual([
      'Regio Zwolle',
    ]);
    await zwolle.get(`/api/regions/${regionId}/programmes`).expect(404);

    const council = await signIn(t.http, 'council.best@koers.demo', DEMO_PASSWORD);
    expect(council.me.roles[0]).toMatchObject({ role: 'council', municipalityName: 'Best' });
  });
});

describe('the create-admin command', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a platform administrator with the password from stdin', async () => {
    const env = { DATABASE_URL: t.db.url, LOG_LEVEL: 'warn' };
    const weak = await cli(['create-admin', '--email', 'beheer@koers.test'], env, 'kort\n');
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toContain('12');
    const ok = await cli(
      ['create-admin', '--email', 'Beheer@Koers.test', '--name', 'Beheer'],
      env,
      'een-lang-en-sterk-wachtwoord\n',
    );
    expect(ok).toMatchObject({ code: 0 });
    const agent = await signIn(t.http, 'beheer@koers.test', 'een-lang-en-sterk-wachtwoord');
    expect(agent.me.user).toMatchObject({ name: 'Beheer', isPlatformAdmin: true });
    await agent
      .post('/api/regions')
      .send({ name: 'Nieuwe regio', shortName: 'NR', governanceMode: 'network' })
      .expect(201);
    // Running it again promotes and resets the password.
    await createUser(t.db.url, { email: 'bestaand@koers.test' });
    const promoted = await cli(
      ['create-admin', '--email', 'bestaand@koers.test'],
      env,
      'nog-een-lang-wachtwoord\n',
    );
    expect(promoted.code).toBe(0);
    const again = await signIn(t.http, 'bestaand@koers.test', 'nog-een-lang-wachtwoord');
    expect(again.me.user.isPlatformAdmin).toBe(true);
    // Both are in the audit trail, by the command line.
    const trail = await agent.get('/api/audit?entity=user&limit=100').expect(200);
    const commandLine = { id: null, name: 'beheer-opdrachtregel', role: null };
    expect(trail.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          entityId: agent.me.user.id,
          action: 'create',
          actor: commandLine,
        }),
        expect.objectContaining({
          entityId: again.me.user.id,
          action: 'update',
          actor: commandLine,
        }),
      ]),
    );
  }, 60_000);
});
