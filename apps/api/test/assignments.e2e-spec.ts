import type { Response } from 'supertest';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('assignments', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  let other: RegionFixture;
  let programmeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    region = await createRegionFixture(t.db.url);
    other = await createRegionFixture(t.db.url, 'Andere regio');
    const res = await api
      .post(`/api/regions/${region.regionId}/programmes`)
      .send({ year: 2026, title: 'Werkprogramma 2026' })
      .expect(201);
    programmeId = res.body.id;
  });
  afterAll(() => t.close());

  const create = (body: object, id = programmeId) =>
    api.post(`/api/programmes/${id}/assignments`).send(body);
  const fullDocument = () => ({
    themeId: region.themeIds[0],
    code: 'MOB-01',
    title: 'Haalbaarheid snelfietsroute Helmond–Deurne',
    goal: 'Meer woon-werkverkeer per fiets',
    results: ['Tracéstudie met 3 varianten', 'Kostenraming'],
    risks: [{ description: 'Grondverwerving', mitigation: 'Vroeg overleg' }],
    portfolioHolderId: region.personIds[0],
    leadId: region.personIds[1],
    participation: 'opt_in',
    status: 'active',
    priority: 2,
    mandate: {
      scope: 'Kiest variant binnen budget',
      budgetCeilingCents: 42_000_000,
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      reportBackDates: ['2026-06-30', '2026-12-15'],
      escalation: 'Tracébesluit en investering gaan naar de raden',
    },
    budgetLines: [
      {
        fundingSource: 'member_contribution',
        sourceName: 'Inwonerbijdrage',
        year: 2026,
        amountCents: 14_000_000,
      },
      { fundingSource: 'province', sourceName: 'Provincie', year: 2026, amountCents: 21_000_000 },
      {
        fundingSource: 'extra_member_contribution',
        year: 2027,
        amountCents: 7_000_000,
        payerSplit: 'fixed_amounts',
        payers: [
          { municipalityId: region.municipalityIds[0], amountCents: 5_000_000 },
          { municipalityId: region.municipalityIds[1], amountCents: 2_000_000 },
        ],
      },
    ],
    capacityLines: [
      { supplierName: 'Regiobureau', year: 2026, fte: 0.8 },
      {
        supplierName: 'Provincie',
        supplierOrganisationId: region.organisationIds[0],
        year: 2026,
        hours: 200,
      },
    ],
    kpis: [
      {
        name: 'Besluitrijpe voorkeursvariant',
        target: 'Q4 2026',
        targetDate: '2026-12-31',
        broadProsperityTheme: 'work_and_leisure',
      },
    ],
    participantIds: [region.municipalityIds[0], region.municipalityIds[1]],
    externalProgrammeIds: region.externalProgrammeIds,
  });

  it('creates an assignment with its whole document and reads it back', async () => {
    const res = await create(fullDocument()).expect(201);
    // Participants come back ordered by id, so they are compared as a set below.
    const document: Partial<ReturnType<typeof fullDocument>> = fullDocument();
    delete document.participantIds;
    expect(res.body).toMatchObject({
      ...document,
      programmeId,
      regionId: region.regionId,
      version: 1,
      budgetTotalCents: 42_000_000,
      linkedAssignmentIds: [],
      capacityLines: [
        {
          supplierName: 'Regiobureau',
          year: 2026,
          fte: 0.8,
          hours: null,
          supplierOrganisationId: null,
        },
        { supplierName: 'Provincie', year: 2026, fte: null, hours: 200 },
      ],
      kpis: [{ name: 'Besluitrijpe voorkeursvariant', unit: '', baseline: '' }],
    });
    expect([...res.body.participantIds].sort()).toEqual(
      [region.municipalityIds[0], region.municipalityIds[1]].sort(),
    );
    const read = await api.get(`/api/assignments/${res.body.id}`).expect(200);
    expect(read.body).toEqual(res.body);
    expect(read.body).toMatchObject({ fteTotal: 0.8, hoursTotal: 200 });
    // The list row carries the same sums, so a workspace needs no request per assignment.
    const list = await api.get(`/api/programmes/${programmeId}/assignments?limit=200`).expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === res.body.id)).toMatchObject({
      budgetTotalCents: 42_000_000,
      fteTotal: 0.8,
      hoursTotal: 200,
    });
  });

  it('answers 409 for a code that the programme already has', async () => {
    await create({ themeId: region.themeIds[0], code: 'DUP-1', title: 'Een' }).expect(201);
    const res = await create({ themeId: region.themeIds[0], code: 'DUP-1', title: 'Twee' }).expect(
      409,
    );
    expect(res.body.code).toBe('ASSIGNMENT_CODE_TAKEN');
  });

  it.each([
    [
      'a negative amount',
      { budgetLines: [{ fundingSource: 'eu', year: 2026, amountCents: -1 }] },
      'budgetLines.0.amountCents',
    ],
    [
      'fractional cents',
      {
        budgetLines: [
          { fundingSource: 'eu', year: 2026, amountCents: 1 },
          { fundingSource: 'eu', year: 2026, amountCents: 10.5 },
        ],
      },
      'budgetLines.1.amountCents',
    ],
    [
      'an unknown funding source',
      { budgetLines: [{ fundingSource: 'lottery', year: 2026, amountCents: 1 }] },
      'budgetLines.0.fundingSource',
    ],
    [
      'a year out of range',
      { budgetLines: [{ fundingSource: 'eu', year: 1999, amountCents: 1 }] },
      'budgetLines.0.year',
    ],
    ['an unknown status', { status: 'finished' }, 'status'],
    ['an unknown participation', { participation: 'some' }, 'participation'],
    ['a priority of 6', { priority: 6 }, 'priority'],
    ['an unknown field', { budget: 100 }, 'budget'],
    [
      'an unknown nested field',
      { budgetLines: [{ fundingSource: 'eu', year: 2026, amountCents: 1, eur: 1 }] },
      'budgetLines.0.eur',
    ],
    ['an invalid date', { mandate: { validFrom: '2026-02-30' } }, 'mandate.validFrom'],
    [
      'an invalid report-back date',
      { mandate: { reportBackDates: ['2026-13-01'] } },
      'mandate.reportBackDates',
    ],
    [
      'a mandate that ends before it starts',
      { mandate: { validFrom: '2026-06-01', validUntil: '2026-01-01' } },
      'mandate.validUntil',
    ],
    [
      'a negative budget ceiling',
      { mandate: { budgetCeilingCents: -5 } },
      'mandate.budgetCeilingCents',
    ],
    [
      'both fte and hours',
      { capacityLines: [{ supplierName: 'X', year: 2026, fte: 1, hours: 8 }] },
      'capacityLines.0.fte',
    ],
    [
      'neither fte nor hours',
      { capacityLines: [{ supplierName: 'X', year: 2026 }] },
      'capacityLines.0.fte',
    ],
    [
      'an unknown broad-prosperity theme',
      { kpis: [{ name: 'x', broadProsperityTheme: 'happiness' }] },
      'kpis.0.broadProsperityTheme',
    ],
    ['a malformed participant id', { participantIds: ['nope'] }, 'participantIds.0'],
    ['a null goal', { goal: null }, 'goal'],
    [
      'a null source name',
      { budgetLines: [{ fundingSource: 'eu', year: 2026, amountCents: 1, sourceName: null }] },
      'budgetLines.0.sourceName',
    ],
    ['a null list', { kpis: null }, 'kpis'],
  ])('refuses %s with 400 naming the field', async (_label, extra, field) => {
    const res = await create({
      themeId: region.themeIds[0],
      code: 'BAD-1',
      title: 'x',
      ...extra,
    }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses ids of another region, naming each field', async () => {
    const res = await create({
      themeId: other.themeIds[0],
      code: 'X-1',
      title: 'x',
      portfolioHolderId: other.personIds[0],
      leadId: region.personIds[1],
      capacityLines: [
        { supplierName: 'X', supplierOrganisationId: other.organisationIds[0], year: 2026, fte: 1 },
      ],
      participantIds: [region.municipalityIds[0], other.municipalityIds[0]],
      externalProgrammeIds: ['00000000-0000-4000-8000-000000000000'],
    }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'themeId',
      'portfolioHolderId',
      'capacityLines.0.supplierOrganisationId',
      'participantIds.1',
      'externalProgrammeIds.0',
    ]);
    expect(res.body.errors[0].message).toBe('is geen thema van deze regio');
    const none = await api.get(`/api/programmes/${programmeId}/assignments?q=X-1`).expect(200);
    expect(none.body.total).toBe(0);
  });

  it('answers 404 for an unknown programme or assignment', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      (await create({ themeId: region.themeIds[0], code: 'Z', title: 'z' }, missing).expect(404))
        .body.code,
    ).toBe('PROGRAMME_NOT_FOUND');
    await api.get(`/api/programmes/${missing}/assignments`).expect(404);
    expect((await api.get(`/api/assignments/${missing}`).expect(404)).body.code).toBe(
      'ASSIGNMENT_NOT_FOUND',
    );
    await api.get('/api/assignments/12345').expect(404);
    await api.patch(`/api/assignments/${missing}`).send({ version: 1 }).expect(404);
    await api.delete(`/api/assignments/${missing}`).expect(404);
  });

  it('patches with the version read, replaces sent lists, keeps the rest, and refuses a stale version', async () => {
    const { body: created } = await create({ ...fullDocument(), code: 'PATCH-1' }).expect(201);
    const first = await api
      .patch(`/api/assignments/${created.id}`)
      .send({
        version: 1,
        title: 'Nieuwe titel',
        budgetLines: [
          { fundingSource: 'national', sourceName: 'Regio Deal', year: 2026, amountCents: 500 },
        ],
      })
      .expect(200);
    expect(first.body).toMatchObject({
      version: 2,
      title: 'Nieuwe titel',
      budgetTotalCents: 500,
      budgetLines: [
        { fundingSource: 'national', sourceName: 'Regio Deal', year: 2026, amountCents: 500 },
      ],
      kpis: created.kpis,
      mandate: created.mandate,
    });

    const stale = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ version: 1, title: 'Overschreven?', budgetLines: [] })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'ASSIGNMENT_VERSION_CONFLICT', currentVersion: 2 });
    const read = await api.get(`/api/assignments/${created.id}`).expect(200);
    expect(read.body).toMatchObject({ title: 'Nieuwe titel', version: 2, budgetTotalCents: 500 });

    await api
      .patch(`/api/assignments/${created.id}`)
      .set('If-Match', '"2"')
      .send({ status: 'paused' })
      .expect(200);
    const noVersion = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ status: 'done' })
      .expect(400);
    expect(noVersion.body.errors[0].field).toBe('version');
    const bad = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ version: 3, budgetLines: [{ fundingSource: 'eu', year: 2026, amountCents: -3 }] })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('budgetLines.0.amountCents');
    const foreign = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ version: 3, participantIds: [other.municipalityIds[2]] })
      .expect(400);
    expect(foreign.body.errors).toEqual([
      { field: 'participantIds.0', message: 'is geen gemeente van deze regio' },
    ]);
    const self = await api
      .patch(`/api/assignments/${created.id}`)
      .send({ version: 3, linkedAssignmentIds: [created.id] })
      .expect(400);
    expect(self.body.errors[0].field).toBe('linkedAssignmentIds.0');
  });

  it('deletes an assignment with its rows, but not one another assignment links to', async () => {
    const { body: target } = await create({
      themeId: region.themeIds[1],
      code: 'DEL-1',
      title: 'Doel',
    }).expect(201);
    const { body: linker } = await create({
      themeId: region.themeIds[1],
      code: 'DEL-2',
      title: 'Verwijst',
      linkedAssignmentIds: [target.id],
      budgetLines: [{ fundingSource: 'eu', year: 2026, amountCents: 10 }],
    }).expect(201);
    const refused = await api.delete(`/api/assignments/${target.id}`).expect(409);
    expect(refused.body.code).toBe('ASSIGNMENT_IN_USE');
    expect(refused.body.detail).toContain('DEL-2');

    await api.delete(`/api/assignments/${linker.id}`).expect(204);
    await api.get(`/api/assignments/${linker.id}`).expect(404);
    await api.delete(`/api/assignments/${target.id}`).expect(204);
  });

  describe('the list', () => {
    let listProgramme: string;
    const codes = (res: Response) =>
      (res.body as { items: { code: string }[] }).items.map((i) => i.code);
    beforeAll(async () => {
      const res = await api
        .post(`/api/regions/${region.regionId}/programmes`)
        .send({ year: 2027, title: 'Lijst' })
        .expect(201);
      listProgramme = res.body.id;
      const [asten, deurne] = region.municipalityIds;
      const add = (body: object) => create(body, listProgramme).expect(201);
      await add({
        themeId: region.themeIds[0],
        code: 'A',
        title: 'Alle gemeenten',
        participation: 'all',
        priority: 3,
        budgetLines: [{ fundingSource: 'eu', year: 2027, amountCents: 300 }],
      });
      await add({
        themeId: region.themeIds[0],
        code: 'B',
        title: 'Beperkt tot Asten',
        participation: 'opt_in',
        participantIds: [asten],
        status: 'active',
        priority: 1,
        portfolioHolderId: region.personIds[0],
        budgetLines: [{ fundingSource: 'eu', year: 2027, amountCents: 100 }],
      });
      await add({
        themeId: region.themeIds[1],
        code: 'C',
        title: 'Asten en Deurne',
        goal: 'Fietspad langs het kanaal',
        participation: 'opt_in',
        participantIds: [asten, deurne],
        priority: 5,
      });
    });
    const list = (query: string) =>
      api.get(`/api/programmes/${listProgramme}/assignments?${query}`).expect(200);

    it('lists all, with budget totals, sorted by code', async () => {
      const res = await list('');
      expect(res.body).toMatchObject({ total: 3, limit: 50, offset: 0 });
      expect(codes(res)).toEqual(['A', 'B', 'C']);
      expect(res.body.items.map((i: { budgetTotalCents: number }) => i.budgetTotalCents)).toEqual([
        300, 100, 0,
      ]);
    });

    it("filters by participating municipality: 'all' counts everyone, 'opt_in' only the listed", async () => {
      const [asten, deurne, best] = region.municipalityIds;
      expect(codes(await list(`municipalityId=${asten}`))).toEqual(['A', 'B', 'C']);
      expect(codes(await list(`municipalityId=${deurne}`))).toEqual(['A', 'C']);
      expect(codes(await list(`municipalityId=${best}`))).toEqual(['A']);
      expect(codes(await list(`municipalityId=${other.municipalityIds[0]}`))).toEqual([]);
    });

    it('filters by theme, status, portfolio holder and text', async () => {
      expect(codes(await list(`themeId=${region.themeIds[1]}`))).toEqual(['C']);
      expect(codes(await list('status=active'))).toEqual(['B']);
      expect(codes(await list(`portfolioHolderId=${region.personIds[0]}`))).toEqual(['B']);
      expect(codes(await list('q=kanaal'))).toEqual(['C']);
      expect(codes(await list('q=asten'))).toEqual(['B', 'C']);
    });

    it('sorts by priority, budget and title, and pages', async () => {
      expect(codes(await list('sort=priority'))).toEqual(['B', 'A', 'C']);
      expect(codes(await list('sort=budget&order=desc'))).toEqual(['A', 'B', 'C']);
      expect(codes(await list('sort=title'))).toEqual(['A', 'C', 'B']);
      const page = await list('limit=1&offset=1');
      expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(codes(page)).toEqual(['B']);
      // A page past the end is empty but still says how many there are.
      const past = await list('limit=2&offset=10&sort=budget');
      expect(past.body).toMatchObject({ items: [], total: 3, limit: 2, offset: 10 });
    });

    it('refuses bad query parameters with 400 naming them', async () => {
      for (const [query, field] of [
        ['sort=cost', 'sort'],
        ['order=up', 'order'],
        ['status=finished', 'status'],
        ['limit=0', 'limit'],
        ['limit=201', 'limit'],
        ['municipalityId=Asten', 'municipalityId'],
        ['colour=red', 'colour'],
      ]) {
        const res = await api
          .get(`/api/programmes/${listProgramme}/assignments?${query}`)
          .expect(400);
        expect(res.body.errors[0].field).toBe(field);
      }
    });
  });
});
