import { Client } from 'pg';
import { createProgrammeWithAssignments, transition } from './factories/council-cycle';
import {
  createMunicipality,
  createOrganisation,
  createPerson,
  createRegion,
  createTheme,
} from './factories/reference-data';
import { type Agent, signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

interface AuditItem {
  id: string;
  occurredAt: string;
  regionId: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: { field: string; old: unknown; new: unknown }[];
  reason: string | null;
}

describe('the audit trail', () => {
  let t: TestApp;
  let api: Agent;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const trail = async (query: string): Promise<AuditItem[]> =>
    ((await api.get(`/api/audit?${query}`).expect(200)).body as { items: AuditItem[] }).items;
  const count = async () =>
    Number((await db.query('SELECT count(*) AS n FROM audit_records')).rows[0].n);

  it('records creates, updates and deletes of reference data with the changed fields', async () => {
    const before = Date.now();
    const region = await createRegion(api);
    await api
      .patch(`/api/regions/${region.id}`)
      .send({ viewWindowWeeks: 10, version: 1 })
      .expect(200);
    const regionTrail = await trail(`entity=region&entityId=${region.id}`);
    // Who, when and what, as the screen shows them: the moment in UTC with milliseconds.
    for (const record of regionTrail) {
      expect(record).toMatchObject({ entity: 'region', entityId: region.id, regionId: region.id });
      expect(record.id).toMatch(/^\d+$/);
      expect(new Date(record.occurredAt).toISOString()).toBe(record.occurredAt);
      expect(Date.parse(record.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(record.occurredAt)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    expect(regionTrail).toEqual([
      expect.objectContaining({
        action: 'update',
        changes: [{ field: 'viewWindowWeeks', old: 12, new: 10 }],
        reason: null,
      }),
      expect.objectContaining({
        action: 'create',
        changes: expect.arrayContaining([{ field: 'name', old: null, new: region.name }]),
      }),
    ]);

    const theme = await createTheme(api, region.id);
    await api.delete(`/api/regions/${region.id}/themes/${theme.id}`).expect(204);
    const themeTrail = await trail(`entity=theme&entityId=${theme.id}`);
    expect(themeTrail.map((r) => r.action)).toEqual(['delete', 'create']);
    expect(themeTrail[0].changes).toEqual(
      expect.arrayContaining([{ field: 'title', old: theme.title, new: null }]),
    );

    const organisation = await createOrganisation(api, region.id);
    const person = await createPerson(api, region.id, { organisationId: organisation.id });
    await api
      .patch(`/api/regions/${region.id}/people/${person.id}`)
      .send({ name: 'Wethouder Jansen', version: person.version })
      .expect(200);
    expect((await trail(`entity=person&entityId=${person.id}`)).map((r) => r.action)).toEqual([
      'update',
      'create',
    ]);
    expect(await trail(`entity=organisation&entityId=${organisation.id}`)).toHaveLength(1);

    const byRegion = await api.get(`/api/audit?regionId=${region.id}&limit=2&offset=1`).expect(200);
    expect(byRegion.body).toMatchObject({ total: 7, limit: 2, offset: 1 });
    expect(byRegion.body.items).toHaveLength(2);
    // Every page, early (read newest first) or late (read from the oldest end), is the same
    // slice of the whole trail.
    const all = await api.get(`/api/audit?regionId=${region.id}&limit=50`).expect(200);
    const ids = (body: { items: { id: string }[] }) => body.items.map((r) => r.id);
    for (let offset = 0; offset <= 7; offset++) {
      const page = await api
        .get(`/api/audit?regionId=${region.id}&limit=3&offset=${offset}`)
        .expect(200);
      expect(ids(page.body)).toEqual(ids(all.body).slice(offset, offset + 3));
      expect(page.body.total).toBe(7);
    }
    // Past the end: no records, still the count.
    const past = await api.get(`/api/audit?regionId=${region.id}&limit=2&offset=50`).expect(200);
    expect(past.body).toMatchObject({ items: [], total: 7, limit: 2, offset: 50 });
    expect(byRegion.body.items).toHaveLength(2);
  });

  it('records municipalities and programme updates and deletes', async () => {
    const region = await createRegion(api);
    const municipality = await createMunicipality(api, region.id, { population: 10_000 });
    await api
      .patch(`/api/municipalities/${municipality.id}`)
      .send({ population: 10_250, version: municipality.version })
      .expect(200);
    await api.delete(`/api/municipalities/${municipality.id}`).expect(204);
    const municipalityTrail = await trail(`entity=municipality&entityId=${municipality.id}`);
    expect(municipalityTrail.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    expect(municipalityTrail[1].changes).toEqual(
      expect.arrayContaining([{ field: 'population', old: 10_000, new: 10_250 }]),
    );

    const created = await api
      .post(`/api/regions/${region.id}/programmes`)
      .send({ year: 2027, title: 'Werkprogramma 2027' })
      .expect(201);
    await api
      .patch(`/api/programmes/${created.body.id}`)
      .send({ version: 1, title: 'Werkprogramma 2027 (concept)', viewWindowWeeks: 9 })
      .expect(200);
    await api.delete(`/api/programmes/${created.body.id}`).expect(204);
    const programmeTrail = await trail(`entity=programme&entityId=${created.body.id}`);
    expect(programmeTrail.map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    expect(programmeTrail[1].changes).toEqual([
      { field: 'title', old: 'Werkprogramma 2027', new: 'Werkprogramma 2027 (concept)' },
      { field: 'viewWindowWeeks', old: null, new: 9 },
    ]);
  });

  it('records programmes, assignments, steering groups and transitions with their reason', async () => {
    const { programme, region, assignments } = await createProgrammeWithAssignments(api, t.db.url, {
      count: 2,
    });
    const [a1, a2] = assignments;
    await api
      .patch(`/api/assignments/${a1.id}`)
      .send({ version: a1.version, goal: 'Sneller fietsen' })
      .expect(200);
    await api.delete(`/api/assignments/${a2.id}`).expect(204);
    await api
      .put(`/api/assignments/${a1.id}/steering-group`)
      .send({
        members: [{ personId: region.personIds[0], role: 'chair' }],
        commitments: [],
        version: 1,
      })
      .expect(200);
    await transition(api, programme.id, 'proposed').expect(200);
    await transition(api, programme.id, 'draft', 'Nog een opdracht erbij').expect(200);

    expect((await trail(`entity=assignment&entityId=${a1.id}`)).map((r) => r.action)).toEqual([
      'update',
      'create',
    ]);
    const [update] = await trail(`entity=assignment&entityId=${a1.id}&action=update`);
    expect(update.changes).toEqual([{ field: 'goal', old: 'Doel 1', new: 'Sneller fietsen' }]);
    const [deleted] = await trail(`entity=assignment&entityId=${a2.id}&action=delete`);
    expect(deleted.changes).toEqual(
      expect.arrayContaining([{ field: 'code', old: 'OPD-2', new: null }]),
    );
    const [steering] = await trail(`entity=steering_group&entityId=${a1.id}`);
    expect(steering.changes).toEqual([
      {
        field: 'members',
        old: [],
        new: [{ personId: region.personIds[0], organisationId: null, role: 'chair' }],
      },
    ]);
    const programmeTrail = await trail(`entity=programme&entityId=${programme.id}`);
    expect(programmeTrail.map((r) => r.action)).toEqual(['transition', 'transition', 'create']);
    expect(programmeTrail[0]).toMatchObject({ reason: 'Nog een opdracht erbij' });
    expect(programmeTrail[0].changes).toEqual(
      expect.arrayContaining([{ field: 'status', old: 'proposed', new: 'draft' }]),
    );
    expect(programmeTrail[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'status', old: 'draft', new: 'proposed' },
        { field: 'versionCount', old: 0, new: 1 },
      ]),
    );
  });

  it('stores nothing of a write that fails: no change without its record, no record without its change', async () => {
    const { programme, region, assignments } = await createProgrammeWithAssignments(api, t.db.url, {
      count: 1,
    });
    const before = await count();
    // Refused writes (409 and 400) leave no trace.
    await api
      .post(`/api/programmes/${programme.id}/assignments`)
      .send({ themeId: region.themeIds[0], code: assignments[0].code, title: 'Dubbel' })
      .expect(409);
    await transition(api, programme.id, 'adopted').expect(409);
    await api
      .post('/api/regions')
      .send({ name: 'X', shortName: 'Y', governanceMode: 'wgr_public_body', provinces: [] })
      .expect(201);
    const taken = await api
      .post('/api/regions')
      .send({ name: 'X2', shortName: 'Y', governanceMode: 'wgr_public_body', provinces: [] })
      .expect(409);
    expect(taken.body.code).toBe('REGION_SHORT_NAME_TAKEN');
    expect(await count()).toBe(before + 1);

    // A failure after the audit record was written rolls back the record, the transition and
    // the frozen version together.
    // The owner adds the trigger: the app's role may not change the schema.
    const owner = new Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    await owner.query(`
      CREATE FUNCTION test_fail_after_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.reason = 'boem' THEN RAISE EXCEPTION 'boem'; END IF;
        RETURN NEW;
      END $$`);
    await owner.query(`
      CREATE TRIGGER test_fail_after_audit AFTER INSERT ON audit_records
      FOR EACH ROW EXECUTE FUNCTION test_fail_after_audit()`);
    try {
      await transition(api, programme.id, 'proposed').expect(200);
      const middle = await count();
      await transition(api, programme.id, 'draft', 'boem').expect(500);
      expect(await count()).toBe(middle);
      const now = await api.get(`/api/programmes/${programme.id}`).expect(200);
      expect(now.body).toMatchObject({ status: 'proposed', versionCount: 1 });
    } finally {
      await owner.query('DROP TRIGGER test_fail_after_audit ON audit_records');
      await owner.query('DROP FUNCTION test_fail_after_audit()');
      await owner.end();
    }
  });

  it('reports totals equal to a count of the records, for every filter and every reader', async () => {
    const region = await createRegion(api);
    await api
      .patch(`/api/regions/${region.id}`)
      .send({ viewWindowWeeks: 9, version: 1 })
      .expect(200);
    const theme = await createTheme(api, region.id);
    await api.delete(`/api/regions/${region.id}/themes/${theme.id}`).expect(204);
    const sqlCount = async (where: string, params: unknown[] = []) =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM audit_records ${where}`, params)).rows[0].n,
      );
    const total = async (agent: Agent, query: string) =>
      (await agent.get(`/api/audit?${query}`).expect(200)).body.total as number;

    expect(await total(api, 'limit=1')).toBe(await sqlCount(''));
    expect(await total(api, 'action=delete&limit=1')).toBe(
      await sqlCount(`WHERE action = 'delete'`),
    );
    expect(await total(api, `regionId=${region.id}&limit=1`)).toBe(
      await sqlCount('WHERE region_id = $1', [region.id]),
    );
    expect(await total(api, `entity=theme&entityId=${theme.id}&limit=1`)).toBe(2);
    // A region admin counts the records of their region only (never those without a region).
    const regionAdmin = await signInAs(t, { roles: [{ regionId: region.id, role: 'admin' }] });
    expect(await total(regionAdmin, 'limit=1')).toBe(
      await sqlCount('WHERE region_id = $1', [region.id]),
    );
    expect(await total(regionAdmin, 'entity=region&limit=1')).toBe(
      await sqlCount(`WHERE region_id = $1 AND entity = 'region'`, [region.id]),
    );
  });

  it('cannot be changed or deleted, not even with SQL (SQLSTATE 42501)', async () => {
    expect(await count()).toBeGreaterThan(0);
    await expect(db.query(`UPDATE audit_records SET reason = 'vervalst'`)).rejects.toMatchObject({
      code: '42501',
    });
    await expect(db.query('DELETE FROM audit_records')).rejects.toMatchObject({ code: '42501' });
    await expect(db.query('TRUNCATE audit_records')).rejects.toMatchObject({ code: '42501' });
  });

  it('validates the query', async () => {
    const bad = async (query: string, field: string) => {
      const res = await api.get(`/api/audit?${query}`).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    };
    await bad('entity=wizard', 'entity');
    await bad('entityId=abc', 'entityId');
    await bad('regionId=abc', 'regionId');
    await bad('action=read', 'action');
    await bad('limit=0', 'limit');
    await bad('offset=-1', 'offset');
    await bad('colour=red', 'colour');
    const all = await api.get('/api/audit?limit=3').expect(200);
    expect(all.body.items).toHaveLength(3);
    const ids = all.body.items.map((r: { id: string }) => Number(r.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
  });
});
