import { Client } from 'pg';
import { createRegion, fieldsOf, unique, UNKNOWN_ID } from './factories/reference-data';
import { Agent, signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * External programmes as master data (issue 18 §2): the bureau of a region adds and edits the
 * programmes its region maintains; every region reads them all; a shared programme (no region,
 * the national ones of the seed) only a platform administrator changes.
 */
describe('external programmes', () => {
  let t: TestApp;
  let admin: Agent;
  let db: Client;
  let regionId: string;
  let otherRegionId: string;
  let bureau: Agent;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    regionId = (await createRegion(admin)).id;
    otherRegionId = (await createRegion(admin)).id;
    bureau = await signInAs(t, { roles: [{ regionId, role: 'bureau' }] });
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const base = (region: string) => `/api/regions/${region}/external-programmes`;
  const add = async (agent: Agent, body: object = {}) =>
    (
      await agent
        .post(base(regionId))
        .send({ name: `Programma ${unique()}`, level: 'provincial', ...body })
        .expect(201)
    ).body as { id: string; name: string; version: number };
  const sharedProgramme = async () =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO external_programmes (name, level) VALUES ($1, 'national') RETURNING id`,
        [`Gedeeld ${unique()}`],
      )
    ).rows[0].id;

  it('the bureau adds a programme and edits it; everyone signed in reads it; both writes are audited', async () => {
    const name = `Ruimte voor Wonen ${unique()}`;
    const created = await bureau
      .post(base(regionId))
      .send({ name, level: 'provincial', description: 'Provincie Overijssel' })
      .expect(201);
    expect(created.body).toMatchObject({
      regionId,
      name,
      level: 'provincial',
      description: 'Provincie Overijssel',
      version: 1,
    });
    const id = created.body.id as string;

    const patched = await bureau
      .patch(`${base(regionId)}/${id}`)
      .send({ level: 'national', version: 1 })
      .expect(200);
    expect(patched.body).toMatchObject({ name, level: 'national', version: 2 });

    const stranger = await signInAs(t, { roles: [{ regionId: otherRegionId, role: 'observer' }] });
    expect((await stranger.get(`/api/external-programmes/${id}`).expect(200)).body).toEqual(
      patched.body,
    );
    const list = await stranger.get(`/api/external-programmes?q=${encodeURIComponent(name)}`);
    expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([id]);

    const audits = await db.query<{
      region_id: string | null;
      action: string;
      changes: unknown;
      actor_role: string | null;
    }>(
      `SELECT region_id, action, changes, actor_role FROM audit_records
        WHERE entity = 'external_programme' AND entity_id = $1 ORDER BY occurred_at, id`,
      [id],
    );
    expect(audits.rows.map((r) => [r.region_id, r.action, r.actor_role])).toEqual([
      [regionId, 'create', 'bureau'],
      [regionId, 'update', 'bureau'],
    ]);
    expect(audits.rows[1].changes).toEqual([
      { field: 'level', old: 'provincial', new: 'national' },
    ]);
  });

  it.each([
    [{ level: 'national' }, 'name'],
    [{ name: '', level: 'national' }, 'name'],
    [{ name: 'x'.repeat(201), level: 'national' }, 'name'],
    [{ name: 'X', level: 'municipal' }, 'level'],
    [{ name: 'X' }, 'level'],
    [{ name: 'X', level: 'eu', description: null }, 'description'],
    [{ name: 'X', level: 'eu', description: 'x'.repeat(10_001) }, 'description'],
    [{ name: 'X', level: 'eu', regionId: UNKNOWN_ID }, 'regionId'],
  ])('refuses to add %j, naming %s, and stores nothing', async (body, field) => {
    const before = (await db.query('SELECT count(*)::int AS n FROM external_programmes')).rows[0].n;
    const res = await bureau.post(base(regionId)).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    const after = (await db.query('SELECT count(*)::int AS n FROM external_programmes')).rows[0].n;
    expect(after).toBe(before);
  });

  it.each([
    [{ name: '', version: 1 }, 'name'],
    [{ level: 'municipal', version: 1 }, 'level'],
    [{ description: 7, version: 1 }, 'description'],
    [{ name: 'Y', version: 0 }, 'version'],
    [{ name: 'Y' }, 'version'],
  ])('refuses the edit %j, naming %s, and changes nothing', async (body, field) => {
    const programme = await add(bureau);
    const res = await bureau
      .patch(`${base(regionId)}/${programme.id}`)
      .send(body)
      .expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    const now = await bureau.get(`/api/external-programmes/${programme.id}`).expect(200);
    expect(now.body).toMatchObject({ name: programme.name, version: 1 });
  });

  it('answers 409 with the current version to an edit against a stale one, keeping the first', async () => {
    const programme = await add(bureau);
    const url = `${base(regionId)}/${programme.id}`;
    await bureau.patch(url).send({ description: 'eerste', version: 1 }).expect(200);
    const stale = await bureau.patch(url).send({ description: 'tweede', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'EXTERNAL_PROGRAMME_VERSION_CONFLICT',
      currentVersion: 2,
    });
    const now = await bureau.get(`/api/external-programmes/${programme.id}`).expect(200);
    expect(now.body).toMatchObject({ description: 'eerste', version: 2 });
  });

  it('answers 409 to a name another programme has, when adding and when renaming', async () => {
    const first = await add(bureau);
    const res = await bureau
      .post(base(regionId))
      .send({ name: first.name, level: 'eu' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'EXTERNAL_PROGRAMME_NAME_TAKEN' });
    const second = await add(bureau);
    await bureau
      .patch(`${base(regionId)}/${second.id}`)
      .send({ name: first.name, version: 1 })
      .expect(409);
  });

  it('refuses a role that may not write (403) and leaves the programme as it was', async () => {
    const programme = await add(bureau);
    for (const role of ['observer', 'portfolio_holder'] as const) {
      const agent = await signInAs(t, { roles: [{ regionId, role }] });
      await agent
        .post(base(regionId))
        .send({ name: `P ${unique()}`, level: 'eu' })
        .expect(403);
      await agent
        .patch(`${base(regionId)}/${programme.id}`)
        .send({ name: 'Overgenomen', version: 1 })
        .expect(403);
    }
    const now = await bureau.get(`/api/external-programmes/${programme.id}`).expect(200);
    expect(now.body).toMatchObject({ name: programme.name, version: 1 });
  });

  it("does not let another region's bureau or administrator touch it: 404, as for an unknown id", async () => {
    const programme = await add(bureau);
    const otherBureau = await signInAs(t, {
      roles: [
        { regionId: otherRegionId, role: 'bureau' },
        { regionId: otherRegionId, role: 'admin' },
      ],
    });
    const res = await otherBureau
      .patch(`${base(otherRegionId)}/${programme.id}`)
      .send({ name: 'Overgenomen', version: 1 })
      .expect(404);
    expect(res.body).toMatchObject({ code: 'EXTERNAL_PROGRAMME_NOT_FOUND' });
    // Through the owner's region the guard does not know them at all.
    await otherBureau
      .patch(`${base(regionId)}/${programme.id}`)
      .send({ name: 'Overgenomen', version: 1 })
      .expect(404);
    await bureau
      .patch(`${base(regionId)}/${UNKNOWN_ID}`)
      .send({ name: 'X', version: 1 })
      .expect(404);
    const now = await bureau.get(`/api/external-programmes/${programme.id}`).expect(200);
    expect(now.body).toMatchObject({ name: programme.name, version: 1 });
  });

  it('lets only a platform administrator change a shared programme; a region admin gets 403', async () => {
    const id = await sharedProgramme();
    const regionAdmin = await signInAs(t, { roles: [{ regionId, role: 'admin' }] });
    for (const agent of [bureau, regionAdmin]) {
      const res = await agent
        .patch(`${base(regionId)}/${id}`)
        .send({ description: 'van ons', version: 1 })
        .expect(403);
      expect(res.body).toMatchObject({ code: 'EXTERNAL_PROGRAMME_SHARED' });
    }
    const saved = await admin
      .patch(`${base(regionId)}/${id}`)
      .send({ description: 'Landelijk', version: 1 })
      .expect(200);
    expect(saved.body).toMatchObject({ regionId: null, description: 'Landelijk', version: 2 });
    const audit = await db.query(
      `SELECT region_id, action FROM audit_records WHERE entity_id = $1`,
      [id],
    );
    expect(audit.rows).toEqual([{ region_id: null, action: 'update' }]);
  });

  it('keeps a programme in the region that added it', async () => {
    const programme = await add(bureau);
    await expect(
      db.query(`UPDATE external_programmes SET region_id = $1 WHERE id = $2`, [
        otherRegionId,
        programme.id,
      ]),
    ).rejects.toThrow(/cannot change/);
  });
});
