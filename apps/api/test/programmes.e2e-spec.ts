import { Client } from 'pg';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('programmes', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    region = await createRegionFixture(t.db.url);
  });
  afterAll(() => t.close());

  const createProgramme = (body: object, regionId = region.regionId) =>
    api.post(`/api/regions/${regionId}/programmes`).send(body);

  it('creates a draft programme, lists it and reads it with zero totals', async () => {
    const created = await createProgramme({
      year: 2026,
      title: 'Werkprogramma 2026',
      populationReferenceDate: '2025-01-01',
    }).expect(201);
    expect(created.body).toMatchObject({
      regionId: region.regionId,
      year: 2026,
      title: 'Werkprogramma 2026',
      introduction: '',
      status: 'draft',
      version: 1,
      populationReferenceDate: '2025-01-01',
      assignmentCount: 0,
      totals: {
        assignmentCount: 0,
        budgetTotalCents: 0,
        budgetByFundingSource: [],
        budgetByTheme: [],
        budgetByYear: [],
        fteTotal: 0,
        hoursTotal: 0,
        capacityBySupplier: [],
      },
    });

    const list = await api.get(`/api/regions/${region.regionId}/programmes?limit=10`).expect(200);
    expect(list.body).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(list.body.items[0]).toMatchObject({ id: created.body.id, assignmentCount: 0 });

    const read = await api.get(`/api/programmes/${created.body.id}`).expect(200);
    expect(read.body.id).toBe(created.body.id);
  });

  it('answers 409 for a second programme of the same region and year', async () => {
    await createProgramme({ year: 2030, title: 'Eerste' }).expect(201);
    const res = await createProgramme({ year: 2030, title: 'Tweede' }).expect(409);
    expect(res.body.code).toBe('PROGRAMME_YEAR_TAKEN');
    expect(res.body.detail).toContain('2030');
  });

  it.each([
    [{ year: 1999, title: 'x' }, 'year'],
    [{ year: 2101, title: 'x' }, 'year'],
    [{ year: 2026.5, title: 'x' }, 'year'],
    [{ year: 2027, title: '' }, 'title'],
    [{ year: 2027, title: 'x', populationReferenceDate: '2025-02-30' }, 'populationReferenceDate'],
    [{ year: 2027, title: 'x', populationReferenceDate: '1-1-2025' }, 'populationReferenceDate'],
    [{ year: 2027, title: 'x', status: 'adopted' }, 'status'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await createProgramme(body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 404 for an unknown region, an unknown programme and a malformed id', async () => {
    const unknownRegion = await createProgramme(
      { year: 2026, title: 'x' },
      '00000000-0000-4000-8000-000000000000',
    ).expect(404);
    expect(unknownRegion.body.code).toBe('REGION_NOT_FOUND');
    const unknown = await api
      .get('/api/programmes/00000000-0000-4000-8000-000000000000')
      .expect(404);
    expect(unknown.body.code).toBe('PROGRAMME_NOT_FOUND');
    const malformed = await api.get('/api/programmes/not-a-uuid').expect(404);
    expect(malformed.body.code).toBe('PROGRAMME_NOT_FOUND');
    await api
      .patch('/api/programmes/00000000-0000-4000-8000-000000000000')
      .send({ version: 1, title: 'x' })
      .expect(404);
    await api.delete('/api/programmes/not-a-uuid').expect(404);
  });

  it('updates with the version read and refuses a stale version with 409, overwriting nothing', async () => {
    const { body: programme } = await createProgramme({ year: 2031, title: 'Origineel' }).expect(
      201,
    );
    const first = await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ version: 1, title: 'Eerste wijziging' })
      .expect(200);
    expect(first.body).toMatchObject({ title: 'Eerste wijziging', version: 2 });

    const stale = await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ version: 1, title: 'Tweede wijziging' })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'PROGRAMME_VERSION_CONFLICT', currentVersion: 2 });

    const read = await api.get(`/api/programmes/${programme.id}`).expect(200);
    expect(read.body).toMatchObject({ title: 'Eerste wijziging', version: 2 });
  });

  it('takes the version from If-Match, and requires one', async () => {
    const { body: programme } = await createProgramme({ year: 2032, title: 'x' }).expect(201);
    await api
      .patch(`/api/programmes/${programme.id}`)
      .set('If-Match', '"1"')
      .send({ introduction: 'Inleiding' })
      .expect(200);
    const missing = await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ introduction: 'Zonder versie' })
      .expect(400);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ field: 'version', message: expect.any(String) }),
    ]);
    const unknownField = await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ version: 2, regionId: region.regionId })
      .expect(400);
    expect(unknownField.body.errors[0]).toMatchObject({ field: 'regionId' });
    const taken = await api
      .patch(`/api/programmes/${programme.id}`)
      .send({ version: 2, year: 2031 })
      .expect(409);
    expect(taken.body.code).toBe('PROGRAMME_YEAR_TAKEN');
  });

  it('deletes an empty programme and refuses one that holds assignments', async () => {
    const { body: empty } = await createProgramme({ year: 2033, title: 'Leeg' }).expect(201);
    await api.delete(`/api/programmes/${empty.id}`).expect(204);
    await api.get(`/api/programmes/${empty.id}`).expect(404);

    const { body: full } = await createProgramme({ year: 2034, title: 'Vol' }).expect(201);
    await api
      .post(`/api/programmes/${full.id}/assignments`)
      .send({ themeId: region.themeIds[0], code: 'A-1', title: 'Opdracht' })
      .expect(201);
    const refused = await api.delete(`/api/programmes/${full.id}`).expect(409);
    expect(refused.body).toMatchObject({ code: 'PROGRAMME_HAS_ASSIGNMENTS' });
    expect(refused.body.detail).toContain('1 opdracht');
    await api.get(`/api/programmes/${full.id}`).expect(200);
  });

  it('sums the budget lines of all assignments exactly, by source, theme and year', async () => {
    const { body: programme } = await createProgramme({ year: 2035, title: 'Totalen' }).expect(201);
    const [mobility, housing] = region.themeIds;
    const [province] = region.organisationIds;
    const post = (body: object) =>
      api.post(`/api/programmes/${programme.id}/assignments`).send(body).expect(201);
    await post({
      themeId: mobility,
      code: 'M-1',
      title: 'Fietsroute',
      budgetLines: [
        { fundingSource: 'member_contribution', year: 2035, amountCents: 14_000_001 },
        { fundingSource: 'province', sourceName: 'Provincie', year: 2036, amountCents: 21_000_099 },
      ],
      capacityLines: [
        { supplierName: 'Regiobureau', year: 2035, fte: 0.1 },
        { supplierName: 'Provincie', supplierOrganisationId: province, year: 2035, hours: 120 },
      ],
    });
    await post({
      themeId: housing,
      code: 'W-1',
      title: 'Monitor',
      budgetLines: [{ fundingSource: 'member_contribution', year: 2035, amountCents: 1 }],
      capacityLines: [{ supplierName: 'Regiobureau', year: 2035, fte: 0.2 }],
    });

    const { body } = await api.get(`/api/programmes/${programme.id}`).expect(200);
    expect(body.assignmentCount).toBe(2);
    expect(body.totals).toEqual({
      assignmentCount: 2,
      budgetTotalCents: 35_000_101,
      budgetByFundingSource: [
        { fundingSource: 'member_contribution', amountCents: 14_000_002 },
        { fundingSource: 'province', amountCents: 21_000_099 },
      ],
      budgetByTheme: [
        { themeId: mobility, themeTitle: 'Mobiliteit', amountCents: 35_000_100 },
        { themeId: housing, themeTitle: 'Wonen', amountCents: 1 },
      ],
      budgetByYear: [
        { year: 2035, amountCents: 14_000_002 },
        { year: 2036, amountCents: 21_000_099 },
      ],
      fteTotal: 0.3,
      hoursTotal: 120,
      capacityBySupplier: [
        { supplierOrganisationId: province, supplierName: 'Provincie', fte: 0, hours: 120 },
        { supplierOrganisationId: null, supplierName: 'Regiobureau', fte: 0.3, hours: 0 },
      ],
    });
  });

  it('shows in the overview at once what changed past the API: capacity, budget, themes', async () => {
    // The overview answers from memory while the region's data version stands: plain SQL on
    // every table it reads must move it, or it would show what it kept from before.
    const { body: programme } = await createProgramme({ year: 2037, title: 'Vers' }).expect(201);
    const [mobility] = region.themeIds;
    const { body: assignment } = await api
      .post(`/api/programmes/${programme.id}/assignments`)
      .send({
        themeId: mobility,
        code: 'V-1',
        title: 'Vers',
        budgetLines: [{ fundingSource: 'member_contribution', year: 2037, amountCents: 100 }],
        capacityLines: [{ supplierName: 'Regiobureau', year: 2037, hours: 10 }],
      })
      .expect(201);
    const totals = async () =>
      (await api.get(`/api/programmes/${programme.id}`).expect(200)).body.totals as {
        budgetTotalCents: number;
        hoursTotal: number;
        budgetByTheme: { themeTitle: string }[];
      };
    expect(await totals()).toMatchObject({ budgetTotalCents: 100, hoursTotal: 10 });
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      const sql = (text: string) => db.query(text, [assignment.id]);
      await sql('UPDATE assignment_capacity_lines SET hours = 25 WHERE assignment_id = $1');
      expect((await totals()).hoursTotal).toBe(25);
      await sql('UPDATE assignment_budget_lines SET amount_cents = 300 WHERE assignment_id = $1');
      expect((await totals()).budgetTotalCents).toBe(300);
      await sql(
        `UPDATE themes SET title = 'Mobiliteit (SQL)' WHERE id = (SELECT theme_id FROM assignments WHERE id = $1)`,
      );
      expect((await totals()).budgetByTheme[0].themeTitle).toBe('Mobiliteit (SQL)');
      await sql('DELETE FROM assignment_capacity_lines WHERE assignment_id = $1');
      expect((await totals()).hoursTotal).toBe(0);
    } finally {
      await db.query(`UPDATE themes SET title = 'Mobiliteit' WHERE id = $1`, [mobility]);
      await db.end();
    }
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await api.get('/api/docs-json').expect(200);
    expect(doc.body.paths['/api/regions/{regionId}/programmes'].post.responses).toHaveProperty(
      '201',
    );
    expect(doc.body.paths['/api/programmes/{programmeId}'].patch.responses).toHaveProperty('409');
    expect(doc.body.components.schemas).toHaveProperty('ProgrammeResponseDto');
  });
});
