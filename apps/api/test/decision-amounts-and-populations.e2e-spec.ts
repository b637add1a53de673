import type {
  ContributionsResponse,
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixResponse,
  MunicipalitySummaryResponse,
  ProgrammeResponse,
  RecordCouncilDecisionRequest,
} from '@koers/contracts';
import { createMreRegion, MreFixture, sendToCouncilsBySql } from './factories/council-cycle-d';
import { createMunicipality, createRegion, createTheme } from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 12 items 5 and 6: honest populations, and a council's amount kept from its decision. */
describe('the amount a council decided on, and population dates', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    mre = await createMreRegion(api);
  });
  afterAll(() => t.close());

  const id = (name: string) => mre.byName(name).id;
  const programme = async (year: number, populationReferenceDate: string): Promise<string> =>
    (
      await api
        .post(`/api/regions/${mre.region.id}/programmes`)
        .send({ year, title: `Programma ${year}`, populationReferenceDate })
        .expect(201)
    ).body.id as string;
  const addAssignment = async (programmeId: string, code: string, year: number, body = {}) =>
    (
      await api
        .post(`/api/programmes/${programmeId}/assignments`)
        .send({
          themeId: mre.themeId,
          code,
          title: code,
          budgetLines: [
            { fundingSource: 'member_contribution', year, amountCents: 210_000_00 },
            {
              fundingSource: 'extra_member_contribution',
              year,
              amountCents: 70_000_00,
              payerSplit: 'equal',
              payers: ['Helmond', 'Deurne', 'Laarbeek'].map((n) => ({ municipalityId: id(n) })),
            },
          ],
          ...body,
        })
        .expect(201)
    ).body as { id: string };

  it('shows a council that agreed that its amount changed after another council declined', async () => {
    const programmeId = await programme(2026, '2024-01-01');
    const assignment = await addAssignment(programmeId, 'A1', 2026);
    // A second one, so that a council can decline the first one only.
    await addAssignment(programmeId, 'A2', 2026, { budgetLines: [] });
    await sendToCouncilsBySql(t.db.url, programmeId, '2026-03-02');
    const path = (rest: string) => `/api/programmes/${programmeId}${rest}`;
    const decide = async (name: string, body: Partial<RecordCouncilDecisionRequest>) => {
      const current = await api.get(path(`/council-decisions/${id(name)}`)).expect(200);
      return api
        .put(path(`/council-decisions/${id(name)}`))
        .send({ decisionDate: '2026-05-12', ...body, version: current.body.version })
        .expect(200);
    };
    const matrix = async () =>
      (await api.get(path('/council-decisions')).expect(200)).body as CouncilDecisionMatrixResponse;
    const row = (m: CouncilDecisionMatrixResponse, name: string) =>
      m.items.find((i) => i.municipality.name === name)!;

    const best = (await decide('Best', { status: 'agreed' })).body;
    const c: ContributionsResponse = (await api.get(path('/contributions')).expect(200)).body;
    const bestThen = c.municipalities.find((m) => m.name === 'Best')!.totalCents;
    expect(best.shownContribution).toMatchObject({
      totalCents: bestThen,
      byAssignment: [
        { assignmentId: assignment.id, code: 'A1', amountCents: bestThen },
        expect.objectContaining({ code: 'A2', amountCents: 0 }),
      ],
    });
    expect(best.amountChangedSinceDecision).toBe(false);
    expect(row(await matrix(), 'Best').amountChangedSinceDecision).toBe(false);
    expect(row(await matrix(), 'Eindhoven').shownContribution).toBeNull();

    await decide('Eindhoven', { status: 'rejected' });
    const after = await matrix();
    const bestNow = row(after, 'Best');
    expect(bestNow.amountChangedSinceDecision).toBe(true);
    expect(bestNow.shownContribution?.totalCents).toBe(bestThen);
    const since = bestNow.contributionSinceDecision!;
    expect(since.thenCents).toBe(bestThen);
    expect(since.nowCents).toBeGreaterThan(bestThen);
    expect(since.differenceCents).toBe(since.nowCents - since.thenCents);
    // Per assignment: on the council's own decision (the matrix carries the totals).
    const bestDecision: CouncilDecisionDetailResponse = (
      await api.get(path(`/council-decisions/${id('Best')}`)).expect(200)
    ).body;
    expect(bestDecision.contributionSinceDecision).toMatchObject(since);
    expect(bestDecision.contributionSinceDecision?.byAssignment).toEqual([
      {
        assignmentId: assignment.id,
        code: 'A1',
        thenCents: bestThen,
        nowCents: since.nowCents,
        differenceCents: since.differenceCents,
      },
      expect.objectContaining({ code: 'A2', thenCents: 0, nowCents: 0, differenceCents: 0 }),
    ]);
    // Eindhoven decided on paying nothing and pays nothing: unchanged.
    expect(row(after, 'Eindhoven')).toMatchObject({
      amountChangedSinceDecision: false,
      shownContribution: { totalCents: 0 },
    });
    // The council's page carries then and now side by side.
    const summary: MunicipalitySummaryResponse = (
      await api.get(path(`/municipalities/${id('Best')}/summary`)).expect(200)
    ).body;
    expect(summary.contribution.totalCents).toBe(since.nowCents);
    expect(summary.councilDecision?.contributionSinceDecision).toMatchObject({
      thenCents: bestThen,
      nowCents: since.nowCents,
    });

    // A named payer of the extra contribution that declines it pays nothing of it; the other
    // two carry it whole, in equal parts.
    await decide('Deurne', { status: 'partial', declinedAssignmentIds: [assignment.id] });
    const split = (await api.get(path('/contributions')).expect(200)).body as ContributionsResponse;
    expect(split.assignments[0].extraContributions[0]).toMatchObject({
      declinedByIds: [id('Deurne')],
      shares: [
        { municipalityId: id('Helmond'), amountCents: 35_000_00 },
        { municipalityId: id('Laarbeek'), amountCents: 35_000_00 },
      ],
    });
    expect(split.municipalities.find((m) => m.name === 'Deurne')!.totalCents).toBe(0);

    // Back to pending: it decided nothing, so nothing is compared.
    await decide('Best', { status: 'pending', decisionDate: null });
    expect(row(await matrix(), 'Best')).toMatchObject({
      shownContribution: null,
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    });
  });

  it('takes the latest population on or before the reference date, says which, and warns when it is old', async () => {
    const programmeId = await programme(2027, '2026-01-01');
    await addAssignment(programmeId, 'P1', 2027);
    const overview = async (): Promise<ProgrammeResponse> =>
      (await api.get(`/api/programmes/${programmeId}`).expect(200)).body as ProgrammeResponse;
    const stale = (await overview()).moneyWarnings.filter((w) => w.code === 'POPULATION_STALE');
    // The demo figures are of 2024 (three of 2021): all more than a year before 2026-01-01.
    expect(stale).toHaveLength(21);
    const best = () =>
      api
        .get(`/api/programmes/${programmeId}/contributions`)
        .expect(200)
        .then((r) =>
          (r.body as ContributionsResponse).municipalities.find((m) => m.name === 'Best'),
        );
    expect(await best()).toMatchObject({ populationDate: '2024-01-01', populationStatus: 'stale' });

    const record = (body: object) =>
      api.post(`/api/municipalities/${id('Best')}/populations`).send(body);
    const recorded = await record({
      referenceDate: '2025-01-01',
      population: 31_500,
      source: 'CBS StatLine 03759ned',
    }).expect(201);
    expect(recorded.body).toMatchObject({ referenceDate: '2025-01-01', population: 31_500 });
    expect(await best()).toMatchObject({
      population: 31_500,
      populationDate: '2025-01-01',
      populationStatus: 'current',
    });
    const warned = (await overview()).moneyWarnings.map(
      (w) => 'municipalityId' in w && w.municipalityId,
    );
    expect(warned).not.toContain(id('Best'));
    expect(warned).toContain(id('Eindhoven'));
    const summary: MunicipalitySummaryResponse = (
      await api
        .get(`/api/programmes/${programmeId}/municipalities/${id('Eindhoven')}/summary`)
        .expect(200)
    ).body;
    expect(summary.warnings).toEqual([
      expect.objectContaining({ code: 'POPULATION_STALE', populationDate: '2024-01-01' }),
    ]);
    // The latest figure became the municipality's current one; the history lists both.
    const municipality = (await api.get(`/api/municipalities/${id('Best')}`).expect(200)).body;
    expect(municipality).toMatchObject({
      population: 31_500,
      populationReferenceDate: '2025-01-01',
    });
    const history = (await api.get(`/api/municipalities/${id('Best')}/populations`).expect(200))
      .body;
    expect(history.items.map((i: { referenceDate: string }) => i.referenceDate)).toEqual([
      '2025-01-01',
      '2024-01-01',
    ]);

    const taken = await record({ referenceDate: '2025-01-01', population: 1, source: 'x' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('POPULATION_DATE_TAKEN');
    const ancient = await record({ referenceDate: '0000-01-01', population: 1, source: 'x' });
    expect(ancient.status).toBe(400);
    const bad = await record({ referenceDate: '2025-02-30', population: -1, source: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'population',
      'referenceDate',
      'source',
    ]);
    const audit = await api
      .get(`/api/audit?regionId=${mre.region.id}&entity=municipality&entityId=${id('Best')}`)
      .expect(200);
    expect(JSON.stringify(audit.body)).toContain('populationHistory');
  });

  it('warns when a municipality has no population at the reference date', async () => {
    const region = await createRegion(api);
    const known = await createMunicipality(api, region.id);
    const unknown = await createMunicipality(api, region.id, {
      population: null,
      populationReferenceDate: null,
      populationSource: null,
    });
    const theme = await createTheme(api, region.id);
    const programmeId = (
      await api
        .post(`/api/regions/${region.id}/programmes`)
        .send({ year: 2026, title: 'P', populationReferenceDate: '2024-06-01' })
        .expect(201)
    ).body.id as string;
    await api
      .post(`/api/programmes/${programmeId}/assignments`)
      .send({ themeId: theme.id, code: 'Q', title: 'Q' })
      .expect(201);
    const { moneyWarnings } = (await api.get(`/api/programmes/${programmeId}`).expect(200))
      .body as ProgrammeResponse;
    expect(moneyWarnings).toEqual([
      expect.objectContaining({
        code: 'POPULATION_MISSING',
        municipalityId: unknown.id,
        referenceDate: '2024-06-01',
      }),
    ]);
    expect(moneyWarnings.map((w) => 'municipalityId' in w && w.municipalityId)).not.toContain(
      known.id,
    );
  });
});
