import type {
  AssignmentResponse,
  ContributionsResponse,
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixResponse,
  MunicipalitySummaryResponse,
  RecordCouncilDecisionRequest,
  ViewPointRegisterResponse,
} from '@koers/contracts';
import { Client } from 'pg';
import { Clock } from '../src/common/clock';
import {
  createMreProgramme,
  createMreRegion,
  MreFixture,
  sendToCouncils,
} from './factories/council-cycle-d';
import {
  createMunicipality,
  createPerson,
  createRegion,
  fieldsOf,
  UNKNOWN_ID,
} from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('the council cycle: matrix, views, answers, contributions, summary', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  let programmeId: string;
  let assignments: AssignmentResponse[];
  let sentOn: string;
  let deadline: string;
  let today = '2026-03-10';
  const SENT = '2026-03-02';

  const path = (rest = '') => `/api/programmes/${programmeId}${rest}`;
  const id = (name: string) => mre.byName(name).id;
  const code = (c: string) => assignments.find((a) => a.code === c)!.id;
  const decisionOf = (name: string) => api.get(path(`/council-decisions/${id(name)}`));
  const put = (name: string, body: Partial<RecordCouncilDecisionRequest>) =>
    api.put(path(`/council-decisions/${id(name)}`)).send(body);
  const matrix = async (): Promise<CouncilDecisionMatrixResponse> =>
    (await api.get(path('/council-decisions')).expect(200)).body as CouncilDecisionMatrixResponse;
  const views = async (query = ''): Promise<ViewPointRegisterResponse> =>
    (await api.get(path(`/views${query}`)).expect(200)).body as ViewPointRegisterResponse;
  /** Records a decision on the version the API shows now. */
  const decide = async (name: string, body: Partial<RecordCouncilDecisionRequest>) => {
    const current = await decisionOf(name).expect(200);
    return put(name, { decisionDate: '2026-05-12', ...body, version: current.body.version });
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    mre = await createMreRegion(api);
    await createMreProgramme(api, mre, 2025, 0.5);
    ({ programmeId, assignments } = await createMreProgramme(api, mre, 2026));
  }, 60_000);
  afterAll(() => t.close());

  it('has no matrix and takes no decision before the programme goes to the councils', async () => {
    const res = await api.get(path('/council-decisions')).expect(409);
    expect(res.body.code).toBe('PROGRAMME_NOT_SENT_TO_COUNCILS');
    expect(res.body.detail).toContain('nog niet aan de raden');
    const write = await put('Best', { status: 'agreed', decisionDate: '2026-05-01', version: 1 });
    expect(write.status).toBe(409);
    expect(write.body.code).toBe('PROGRAMME_NOT_IN_CONSULTATION');
  });

  it('shows all 21 councils pending, with deadline states that follow the clock', async () => {
    ({ sentOn, deadline } = await sendToCouncils(api, t.db.url, programmeId, SENT));
    expect(sentOn).toBe(SENT);
    expect(deadline).toBe('2026-05-25');
    today = '2026-03-10';
    let m = await matrix();
    expect(m.items).toHaveLength(21);
    expect(m.items.map((i) => i.municipality.name)).toContain('Eindhoven');
    expect(m.counts).toMatchObject({
      total: 21,
      responded: 0,
      byStatus: { pending: 21, agreed: 0 },
      byDeadlineState: { on_time: 21, due_soon: 0, overdue: 0 },
    });
    expect(m.items[0]).toMatchObject({
      deadline: '2026-05-25',
      deadlineState: 'on_time',
      version: 1,
    });
    today = '2026-05-11'; // 14 days before the deadline
    m = await matrix();
    expect(m.counts.byDeadlineState).toEqual({ on_time: 0, due_soon: 21, overdue: 0 });
    today = '2026-05-26';
    m = await matrix();
    expect(m.counts.byDeadlineState).toEqual({ on_time: 0, due_soon: 0, overdue: 21 });
    today = '2026-03-10';
  });

  it('refuses bad decisions with 400 naming the field', async () => {
    const cases: [Partial<RecordCouncilDecisionRequest> & Record<string, unknown>, string][] = [
      [{ status: 'maybe' as never }, 'status'],
      [{ status: 'partial', declinedAssignmentIds: [] }, 'declinedAssignmentIds'],
      [{ status: 'partial', declinedAssignmentIds: [UNKNOWN_ID] }, 'declinedAssignmentIds.0'],
      [{ status: 'agreed', declinedAssignmentIds: [code('A1')] }, 'declinedAssignmentIds'],
      [{ status: 'agreed_with_view', viewPoints: [] }, 'viewPoints'],
      [{ status: 'agreed_with_view', viewPoints: [{ text: '   ' }] }, 'viewPoints.0.text'],
      [
        { status: 'agreed_with_view', viewPoints: [{ text: 'x', number: 1.5 }] },
        'viewPoints.0.number',
      ],
      [
        { status: 'agreed_with_view', viewPoints: [{ text: 'x', number: -1 }] },
        'viewPoints.0.number',
      ],
      [
        { status: 'agreed_with_view', viewPoints: [{ text: 'x', number: 2 }] },
        'viewPoints.0.number',
      ],
      [
        { status: 'agreed_with_view', viewPoints: [{ text: 'x', assignmentId: UNKNOWN_ID }] },
        'viewPoints.0.assignmentId',
      ],
      [{ status: 'agreed', decisionDate: '2026-03-01' }, 'decisionDate'],
      [{ status: 'agreed', decisionDate: '2026-02-30' }, 'decisionDate'],
      [{ status: 'agreed', decisionDate: null }, 'decisionDate'],
      [{ status: 'agreed', version: 1.5 }, 'version'],
      [{ status: 'agreed', version: -2 }, 'version'],
      [{ status: 'agreed', colour: 'blue' }, 'colour'],
      [{ status: 'agreed', decisionUrl: 'not a link' }, 'decisionUrl'],
    ];
    for (const [body, field] of cases) {
      const res = await put('Asten', { decisionDate: '2026-05-12', version: 1, ...body });
      expect({ field, status: res.status, fields: fieldsOf(res.body) }).toEqual({
        field,
        status: 400,
        fields: expect.arrayContaining([field]),
      });
    }
    const noVersion = await put('Asten', { status: 'agreed', decisionDate: '2026-05-12' });
    expect(fieldsOf(noVersion.body)).toEqual(['version']);
    // A declined assignment of another programme of the same region is not one of this programme.
    const other = await api.get(`/api/regions/${mre.region.id}/programmes`).expect(200);
    const otherId = other.body.items.find((p: { year: number }) => p.year === 2025).id;
    const otherAssignments = await api.get(`/api/programmes/${otherId}/assignments`);
    const foreign = await put('Asten', {
      status: 'partial',
      decisionDate: '2026-05-12',
      declinedAssignmentIds: [otherAssignments.body.items[0].id],
      version: 1,
    }).expect(400);
    expect(fieldsOf(foreign.body)).toEqual(['declinedAssignmentIds.0']);
  });

  it('records the decisions of all 21 councils and counts them in the matrix', async () => {
    const eindhovenPoints = [
      { text: 'Laat de raden meebeslissen over de voorkeursvariant.', assignmentId: code('A1') },
      { text: 'Houd de inwonerbijdrage onder de €3 per inwoner.' },
      { text: 'Rapporteer twee keer per jaar aan de raad.' },
    ];
    const plan: Record<string, Partial<RecordCouncilDecisionRequest>> = {
      Best: {
        status: 'partial',
        declinedAssignmentIds: [code('A1')],
        viewPoints: [
          { text: 'Best draagt niet bij aan de snelfietsroutes.', assignmentId: code('A1') },
        ],
        decisionReference: 'Raadsbesluit Best 2026-17',
        decisionUrl: 'https://best.raadsinformatie.nl/besluit/2026-17',
      },
      Bergeijk: { status: 'rejected', decisionReference: 'Raadsbesluit 2026/044' },
      Eindhoven: {
        status: 'agreed_with_view',
        viewPoints: eindhovenPoints,
        councilMeetingDate: '2026-05-12',
      },
      Helmond: {
        status: 'view_submitted',
        viewPoints: [
          { number: 2, text: 'Meer aandacht voor Helmond-Noord.' },
          { number: 1, text: 'Steun voor de woondeals.' },
        ],
      },
      'Geldrop-Mierlo': {
        status: 'agreed_with_view',
        viewPoints: [{ text: 'Betrek de inwoners.' }],
      },
      Deurne: { status: 'no_view' },
      Waalre: { status: 'agreed', decisionDate: '2026-06-02' },
    };
    for (const m of mre.municipalities) {
      const body = plan[m.name] ?? { status: 'agreed' };
      const res = await decide(m.name, body);
      expect({
        name: m.name,
        status: res.status,
        body: res.status === 200 ? null : res.body,
      }).toEqual({
        name: m.name,
        status: 200,
        body: null,
      });
    }
    const best = (await decisionOf('Best').expect(200)).body;
    expect(best).toMatchObject({
      status: 'partial',
      version: 2,
      decisionReference: 'Raadsbesluit Best 2026-17',
      declinedAssignments: [{ id: code('A1'), code: 'A1', title: 'Snelfietsroutes' }],
      viewPoints: [{ number: 1, answered: false, assignment: { code: 'A1' } }],
    });
    const helmond = (await decisionOf('Helmond').expect(200)).body;
    expect(
      helmond.viewPoints.map((p: { number: number; text: string }) => [p.number, p.text]),
    ).toEqual([
      [1, 'Steun voor de woondeals.'],
      [2, 'Meer aandacht voor Helmond-Noord.'],
    ]);
    const bergeijk = (await decisionOf('Bergeijk').expect(200)).body;
    expect(bergeijk.declinedAssignments.map((a: { code: string }) => a.code)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
    ]);

    today = '2026-06-10';
    const m = await matrix();
    expect(m.counts).toMatchObject({
      total: 21,
      responded: 21,
      byStatus: {
        pending: 0,
        no_view: 1,
        view_submitted: 1,
        agreed: 15,
        agreed_with_view: 2,
        rejected: 1,
        partial: 1,
      },
      // Decided on or before the deadline is on time whatever today is; Waalre decided late.
      byDeadlineState: { on_time: 20, due_soon: 0, overdue: 1 },
      viewPoints: 7,
      unansweredViewPoints: 7,
    });
    expect(m.items.find((i) => i.municipality.name === 'Waalre')).toMatchObject({
      deadlineState: 'overdue',
      decisionDate: '2026-06-02',
    });
    expect(m.items.find((i) => i.municipality.name === 'Eindhoven')).toMatchObject({
      municipality: { cbsCode: 'GM0772' },
      viewPointCount: 3,
      unansweredViewPointCount: 3,
    });
    today = '2026-03-10';
  });

  it('lets exactly one of two concurrent writes with the same version win', async () => {
    const { version } = (await decisionOf('Veldhoven').expect(200)).body;
    const body = (reference: string): Partial<RecordCouncilDecisionRequest> => ({
      status: 'agreed',
      decisionDate: '2026-05-19',
      decisionReference: reference,
      version,
    });
    const results = await Promise.all([
      put('Veldhoven', body('Besluit A')),
      put('Veldhoven', body('Besluit B')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body).toMatchObject({
      code: 'COUNCIL_DECISION_VERSION_CONFLICT',
      currentVersion: version + 1,
    });
    const stale = await put('Veldhoven', body('Besluit C')).expect(409);
    expect(stale.body.currentVersion).toBe(version + 1);
    // If-Match works as well as a body version.
    await api
      .put(path(`/council-decisions/${id('Veldhoven')}`))
      .set('If-Match', `"${version + 1}"`)
      .send({ status: 'agreed', decisionDate: '2026-05-19', decisionReference: 'Besluit D' })
      .expect(200);
  });

  it('keeps the views register with filters, and answers points with optimistic locking', async () => {
    let register = await views();
    expect(register.counts).toEqual({ total: 7, answered: 0, unanswered: 7 });
    expect(register.items[0]).toMatchObject({ municipality: { name: 'Best' }, number: 1 });
    const eindhoven = await views(`?municipalityId=${id('Eindhoven')}`);
    expect(eindhoven.items.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(eindhoven.items[0].assignment).toMatchObject({ code: 'A1' });

    const [first, second] = eindhoven.items;
    const answer = (pointId: string, body: object) =>
      api.put(path(`/views/${pointId}/answer`)).send(body);
    const ok = await answer(first.id, {
      answer: 'Overgenomen: de raden kiezen mee in juni.',
      outcome: 'adopted',
      resultingChange: 'Besluitvorming via de raden',
      version: first.version,
    }).expect(200);
    expect(ok.body).toMatchObject({
      answered: true,
      outcome: 'adopted',
      version: first.version + 1,
    });
    expect(ok.body.answeredAt).toEqual(expect.any(String));
    const stale = await answer(first.id, {
      answer: 'x',
      outcome: 'adopted',
      version: first.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VIEW_POINT_VERSION_CONFLICT',
      currentVersion: first.version + 1,
    });
    await answer(second.id, {
      answer: 'Niet overgenomen.',
      outcome: 'not_adopted',
      version: 1,
    }).expect(200);
    for (const [body, field] of [
      [{ outcome: 'adopted', version: 1 }, 'answer'],
      [{ answer: ' ', outcome: 'adopted', version: 1 }, 'answer'],
      [{ answer: 'Ja', outcome: 'perhaps', version: 1 }, 'outcome'],
      [{ answer: 'Ja', outcome: 'adopted', version: 0.5 }, 'version'],
    ] as const) {
      const res = await answer(second.id, body).expect(400);
      expect(fieldsOf(res.body)).toContain(field);
    }
    await answer(UNKNOWN_ID, { answer: 'Ja', outcome: 'adopted', version: 1 }).expect(404);
    await answer('nope', { answer: 'Ja', outcome: 'adopted', version: 1 }).expect(404);

    // The council amends its view: point 1 unchanged keeps its answer, point 2 changed loses it,
    // point 3 is withdrawn.
    const amended = await decide('Eindhoven', {
      status: 'agreed_with_view',
      viewPoints: [
        { number: 1, text: first.text, assignmentId: code('A1') },
        { number: 2, text: 'Houd de inwonerbijdrage onder de €2,75 per inwoner.' },
      ],
    });
    expect(amended.status).toBe(200);
    expect(amended.body.viewPoints).toMatchObject([
      { number: 1, answered: true, answer: 'Overgenomen: de raden kiezen mee in juni.' },
      { number: 2, answered: false, answer: null, outcome: null },
    ]);
    register = await views('?unanswered=true');
    expect(register.counts).toEqual({ total: 6, answered: 1, unanswered: 5 });
    expect(register.total).toBe(5);
    for (const point of register.items) {
      await answer(point.id, {
        answer: `Antwoord op punt ${point.number} van ${point.municipality.name}.`,
        outcome: 'partly_adopted',
        version: point.version,
      }).expect(200);
    }
    expect((await views()).counts).toEqual({ total: 6, answered: 6, unanswered: 0 });
    expect((await views('?unanswered=false')).total).toBe(6);
    await api.get(path('/views?unanswered=maybe')).expect(400);
    await api.get(path('/views?municipalityId=abc')).expect(400);
  });

  it('recomputes the contributions after the partial decision and the rejection, to the cent', async () => {
    const res = await api.get(path('/contributions')).expect(200);
    const c = res.body as ContributionsResponse;
    expect(c.populationReferenceDate).toBe('2024-01-01');
    const byCode = (x: string) => c.assignments.find((a) => a.code === x)!;
    expect(byCode('A1')).toMatchObject({
      amountCents: 14_000_000,
      balanced: true,
      key: { source: 'region' },
    });
    expect(byCode('A1').declinedByIds.sort()).toEqual([id('Bergeijk'), id('Best')].sort());
    expect(byCode('A1').payerIds).toHaveLength(19);
    expect(byCode('A3').payerIds).toHaveLength(5);
    expect(byCode('A4').key).toMatchObject({
      type: 'fixed_plus_per_inhabitant',
      source: 'assignment',
    });
    for (const a of c.assignments) {
      const parts = c.municipalities.reduce(
        (sum, m) =>
          sum + (m.byAssignment.find((s) => s.assignmentId === a.assignmentId)?.amountCents ?? 0),
        0,
      );
      expect({ code: a.code, parts }).toEqual({ code: a.code, parts: a.amountCents });
      expect(a.splitTotalCents).toBe(a.amountCents);
    }
    expect(c.totalCents).toBe(50_000_000);
    const of = (name: string) => c.municipalities.find((m) => m.name === name)!;
    expect(of('Bergeijk')).toMatchObject({ totalCents: 0, byAssignment: [] });
    expect(of('Best').byAssignment.map((s) => s.code)).toEqual(['A2', 'A4']);
    expect(of('Asten').byAssignment.map((s) => s.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    const eindhoven = of('Eindhoven');
    expect(eindhoven.population).toBe(246_443);
    expect(eindhoven.perInhabitantCents).toBeCloseTo(eindhoven.totalCents / 246_443, 2);
    expect(c.previousYear).toMatchObject({ year: 2025, totalCents: 25_000_000 });
    expect(eindhoven.differenceCents).toBe(
      eindhoven.totalCents - eindhoven.previousYearTotalCents!,
    );
    expect(of('Bergeijk').differenceCents).toBe(-of('Bergeijk').previousYearTotalCents!);
  });

  it("carries the amounts in total in the matrix, and per assignment on one council's decision", async () => {
    const res = await api.get(path('/council-decisions')).expect(200);
    const m = res.body as CouncilDecisionMatrixResponse;
    // Councils that decided before Best and Bergeijk declined now pay more than they were shown.
    expect(m.items.filter((i) => i.amountChangedSinceDecision).length).toBeGreaterThan(0);
    const full: CouncilDecisionMatrixResponse = { ...m, items: [] };
    for (const item of m.items) {
      const name = item.municipality.name;
      const one = (await decisionOf(name).expect(200)).body as CouncilDecisionDetailResponse;
      const shown = one.shownContribution!;
      const since = one.contributionSinceDecision!;
      // The one decision has the lists, and they add up to its totals.
      const sum = (cents: number[]) => cents.reduce((a, b) => a + b, 0);
      expect({ name, shown: sum(shown.byAssignment.map((a) => a.amountCents)) }).toEqual({
        name,
        shown: shown.totalCents,
      });
      expect({ name, now: sum(since.byAssignment.map((a) => a.nowCents)) }).toEqual({
        name,
        now: since.nowCents,
      });
      // The matrix row has the same totals, the same flag and no list.
      expect({
        name,
        shownContribution: item.shownContribution,
        amountChangedSinceDecision: item.amountChangedSinceDecision,
        contributionSinceDecision: item.contributionSinceDecision,
      }).toStrictEqual({
        name,
        shownContribution: { totalCents: shown.totalCents, shownAt: shown.shownAt },
        amountChangedSinceDecision: one.amountChangedSinceDecision,
        contributionSinceDecision: {
          thenCents: since.thenCents,
          nowCents: since.nowCents,
          differenceCents: since.differenceCents,
        },
      });
      full.items.push({ ...item, shownContribution: shown, contributionSinceDecision: since });
    }
    // What the matrix would weigh with the lists (as it did before): it is lighter without them.
    const bytes = Buffer.byteLength(res.text);
    const withLists = Buffer.byteLength(JSON.stringify(full));
    expect(bytes).toBeLessThan(withLists);
    console.log(
      `matrix of ${m.items.length} councils, ${assignments.length} assignments: ${bytes} bytes; with the per-assignment lists ${withLists} bytes`,
    );
  });

  it('gives a municipality its own summary: money, assignments, holders, decision and answers', async () => {
    const res = await api.get(path(`/municipalities/${id('Best')}/summary`)).expect(200);
    expect(res.body).toMatchObject({
      year: 2026,
      programmeStatus: 'consultation',
      municipality: { name: 'Best', cbsCode: 'GM0753', population: 31_220 },
      contribution: { name: 'Best', previousYearTotalCents: expect.any(Number) },
      councilDecision: {
        status: 'partial',
        declinedAssignments: [{ code: 'A1' }],
        viewPoints: [{ number: 1, answered: true, outcome: 'partly_adopted' }],
      },
    });
    const a1 = res.body.assignments.find((a: { code: string }) => a.code === 'A1');
    expect(a1).toMatchObject({
      takesPart: false,
      contributionCents: 0,
      portfolioHolder: { name: 'Wethouder Van Dijk' },
      lead: { name: 'Programmamanager Bakker' },
    });
    expect(res.body.assignments.map((a: { code: string }) => a.code)).toEqual(['A1', 'A2', 'A4']);
    const total = res.body.assignments.reduce(
      (s: number, a: { contributionCents: number }) => s + a.contributionCents,
      0,
    );
    expect(total).toBe(res.body.contribution.totalCents);

    const other = await createRegion(api);
    const stranger = await createMunicipality(api, other.id);
    const notHere = await api.get(path(`/municipalities/${stranger.id}/summary`)).expect(404);
    expect(notHere.body.code).toBe('MUNICIPALITY_NOT_FOUND');
    await api.get(path(`/council-decisions/${stranger.id}`)).expect(404);
    await api.get(path(`/municipalities/xyz/summary`)).expect(404);
  });

  it('answers 404 for unknown programmes, councils and ids that are not uuids', async () => {
    for (const url of [
      `/api/programmes/${UNKNOWN_ID}/council-decisions`,
      `/api/programmes/nope/council-decisions`,
      `/api/programmes/${UNKNOWN_ID}/views`,
      `/api/programmes/${UNKNOWN_ID}/contributions`,
      path(`/council-decisions/${UNKNOWN_ID}`),
      path(`/council-decisions/not-a-uuid`),
    ]) {
      const res = await api.get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
  });

  it('writes audit records for decisions and answers, and keeps population history', async () => {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT entity, count(*)::int AS n FROM audit_records
          WHERE entity IN ('council_decision', 'view_point') AND region_id = $1
          GROUP BY entity ORDER BY entity`,
        [mre.region.id],
      );
      expect(rows).toEqual([
        { entity: 'council_decision', n: expect.any(Number) },
        { entity: 'view_point', n: 7 },
      ]);
      const history = await client.query(
        'SELECT count(*)::int AS n FROM municipality_populations WHERE region_id = $1',
        [mre.region.id],
      );
      expect(history.rows[0].n).toBe(21);
    } finally {
      await client.end();
    }
    // A new population at a later date is history; the 2026 programme still counts at 2024-01-01.
    const asten = (await api.get(`/api/municipalities/${id('Asten')}`).expect(200)).body;
    await api
      .patch(`/api/municipalities/${asten.id}`)
      .send({ population: 18_000, populationReferenceDate: '2025-01-01', version: asten.version })
      .expect(200);
    const c = (await api.get(path('/contributions')).expect(200)).body as ContributionsResponse;
    expect(c.municipalities.find((m) => m.name === 'Asten')!.population).toBe(17_294);
  });

  it('refuses a split it cannot make exactly, naming the municipality', async () => {
    const region = await createRegion(api);
    await createMunicipality(api, region.id, { name: 'Heeze-Leende', population: 16_000 });
    await createMunicipality(api, region.id, { name: 'Onbekend', population: null });
    const programme = await api
      .post(`/api/regions/${region.id}/programmes`)
      .send({ year: 2026, title: 'Klein programma' })
      .expect(201);
    const theme = await api
      .post(`/api/regions/${region.id}/themes`)
      .send({ title: 'Wonen', periodStartYear: 2023, periodEndYear: 2026 })
      .expect(201);
    await api
      .post(`/api/programmes/${programme.body.id}/assignments`)
      .send({
        themeId: theme.body.id,
        code: 'K1',
        title: 'Klein',
        budgetLines: [{ fundingSource: 'member_contribution', year: 2026, amountCents: 100 }],
      })
      .expect(201);
    const res = await api.get(`/api/programmes/${programme.body.id}/contributions`).expect(409);
    expect(res.body.code).toBe('CONTRIBUTION_SPLIT_FAILED');
    expect(res.body.detail).toContain('Onbekend');
    expect(res.body.detail).toContain('K1');
  });

  it('follows every change of the data at once, with the same figures in summary and split', async () => {
    const region = await createRegion(api);
    const small = await createMunicipality(api, region.id, { name: 'Klein', population: 10_000 });
    await createMunicipality(api, region.id, { name: 'Groot', population: 30_000 });
    const theme = await api
      .post(`/api/regions/${region.id}/themes`)
      .send({ title: 'Wonen', periodStartYear: 2023, periodEndYear: 2026 })
      .expect(201);
    const programme = async (year: number) => {
      const res = await api
        .post(`/api/regions/${region.id}/programmes`)
        .send({ year, title: `Programma ${year}` })
        .expect(201);
      return (res.body as { id: string }).id;
    };
    const assign = (programmeId: string, year: number, code: string, amountCents: number) =>
      api
        .post(`/api/programmes/${programmeId}/assignments`)
        .send({
          themeId: theme.body.id,
          code,
          title: code,
          budgetLines: [{ fundingSource: 'member_contribution', year, amountCents }],
        })
        .expect(201);
    const current = await programme(2026);
    const url = (rest: string) => `/api/programmes/${current}${rest}`;
    /** The split and Klein's summary, which must show Klein's figures of the split. */
    const read = async () => {
      const c = (await api.get(url('/contributions')).expect(200)).body as ContributionsResponse;
      const s = (await api.get(url(`/municipalities/${small.id}/summary`)).expect(200))
        .body as MunicipalitySummaryResponse;
      expect(s.contribution).toEqual(c.municipalities.find((m) => m.name === 'Klein'));
      return { c, s };
    };

    await assign(current, 2026, 'K1', 100_000);
    let { c, s } = await read();
    expect(c).toMatchObject({ totalCents: 100_000, previousYear: null });
    expect(s.contribution).toMatchObject({ totalCents: 25_000, previousYearTotalCents: null });

    await assign(current, 2026, 'K2', 40_000);
    ({ c, s } = await read());
    expect(c.totalCents).toBe(140_000);
    expect(s.assignments.map((a) => [a.code, a.contributionCents])).toEqual([
      ['K1', 25_000],
      ['K2', 10_000],
    ]);

    // A later population, still before the reference date (1 January 2026), counts at once.
    await api
      .patch(`/api/municipalities/${small.id}`)
      .send({ population: 30_000, populationReferenceDate: '2025-01-01', version: small.version })
      .expect(200);
    ({ c, s } = await read());
    expect(s.municipality.population).toBe(30_000);
    expect(s.contribution.totalCents).toBe(70_000);

    // A programme of the year before appears as the comparison as soon as it exists.
    const last = await programme(2025);
    await assign(last, 2025, 'V1', 60_000);
    ({ c, s } = await read());
    expect(c.previousYear).toEqual({ programmeId: last, year: 2025, totalCents: 60_000 });
    expect(s.contribution).toMatchObject({
      previousYearTotalCents: 30_000,
      differenceCents: 40_000,
    });

    // A member without a population makes the split impossible: both pages say so.
    const unknown = await createMunicipality(api, region.id, {
      name: 'Onbekend',
      population: null,
    });
    await api.get(url('/contributions')).expect(409);
    for (const id of [small.id, unknown.id]) {
      const res = await api.get(url(`/municipalities/${id}/summary`)).expect(409);
      expect(res.body.code).toBe('CONTRIBUTION_SPLIT_FAILED');
      expect(res.body.detail).toContain('Onbekend');
    }
  });

  it('answers from memory only while nothing of the region changed: every table counts', async () => {
    // Every change below is made with plain SQL, past the API: the region's data version must
    // move by itself, or the pages would answer what they kept from before.
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    const sql = (text: string, params: unknown[]) => db.query(text, params);
    try {
      const region = await createRegion(api);
      const small = await createMunicipality(api, region.id, { name: 'Klein', population: 10_000 });
      await createMunicipality(api, region.id, { name: 'Groot', population: 30_000 });
      const holder = await createPerson(api, region.id, { name: 'Wethouder Eerst' });
      const theme = await api
        .post(`/api/regions/${region.id}/themes`)
        .send({ title: 'Wonen', periodStartYear: 2023, periodEndYear: 2026 })
        .expect(201);
      const current = (
        await api
          .post(`/api/regions/${region.id}/programmes`)
          .send({ year: 2026, title: 'Programma 2026' })
          .expect(201)
      ).body.id as string;
      const assignment = (
        await api
          .post(`/api/programmes/${current}/assignments`)
          .send({
            themeId: theme.body.id,
            code: 'K1',
            title: 'Eerste opdracht',
            portfolioHolderId: holder.id,
            budgetLines: [
              { fundingSource: 'member_contribution', year: 2026, amountCents: 100_000 },
            ],
          })
          .expect(201)
      ).body.id as string;
      const url = (rest: string) => `/api/programmes/${current}${rest}`;
      const contributions = async (status = 200) =>
        (await api.get(url('/contributions')).expect(status)).body as ContributionsResponse;
      const summary = async () =>
        (await api.get(url(`/municipalities/${small.id}/summary`)).expect(200))
          .body as MunicipalitySummaryResponse;
      const klein = (c: ContributionsResponse) =>
        c.municipalities.find((m) => m.municipalityId === small.id)!;

      expect(klein(await contributions()).totalCents).toBe(25_000);
      expect((await summary()).assignments[0].portfolioHolder?.name).toBe('Wethouder Eerst');

      // assignment_budget_lines
      await sql(
        'UPDATE assignment_budget_lines SET amount_cents = 200000 WHERE assignment_id = $1',
        [assignment],
      );
      expect(klein(await contributions()).totalCents).toBe(50_000);
      // municipality_populations
      await sql(
        'UPDATE municipality_populations SET population = 30000 WHERE municipality_id = $1',
        [small.id],
      );
      expect(klein(await contributions()).totalCents).toBe(100_000);
      // municipalities
      await sql(`UPDATE municipalities SET name = 'Kleiner' WHERE id = $1`, [small.id]);
      expect((await summary()).municipality.name).toBe('Kleiner');
      // assignments, then assignment_participants
      await sql(`UPDATE assignments SET participation = 'opt_in' WHERE id = $1`, [assignment]);
      await contributions(409);
      await sql(
        `INSERT INTO assignment_participants (assignment_id, municipality_id, region_id)
         VALUES ($1, $2, $3)`,
        [assignment, small.id, region.id],
      );
      expect(klein(await contributions()).totalCents).toBe(200_000);
      // people
      await sql(`UPDATE people SET name = 'Wethouder Tweede' WHERE id = $1`, [holder.id]);
      expect((await summary()).assignments[0].portfolioHolder?.name).toBe('Wethouder Tweede');
      // programmes
      await sql(`UPDATE programmes SET title = 'Programma 2026 herzien' WHERE id = $1`, [current]);
      expect((await summary()).programmeTitle).toBe('Programma 2026 herzien');
      // council_decisions, then view_points
      const decision = (
        await sql(
          `INSERT INTO council_decisions (programme_id, region_id, municipality_id, status)
           VALUES ($1, $2, $3, 'agreed') RETURNING id`,
          [current, region.id, small.id],
        )
      ).rows[0].id as string;
      expect((await summary()).councilDecision?.status).toBe('agreed');
      await sql(
        `INSERT INTO view_points (programme_id, region_id, council_decision_id, municipality_id,
                                  number, text) VALUES ($1, $2, $3, $4, 1, 'Te duur')`,
        [current, region.id, decision, small.id],
      );
      expect((await summary()).councilDecision?.viewPoints.map((p) => p.text)).toEqual(['Te duur']);
      await sql(`UPDATE council_decisions SET status = 'rejected' WHERE id = $1`, [decision]);
      await contributions(409); // the only payer rejected: nobody pays the opt-in assignment
      // regions (after the rejection is gone again)
      await sql('DELETE FROM view_points WHERE council_decision_id = $1', [decision]);
      await sql('DELETE FROM council_decisions WHERE id = $1', [decision]);
      expect(klein(await contributions()).totalCents).toBe(200_000);
      await sql(
        `UPDATE regions SET default_contribution_key = 'custom_percentages' WHERE id = $1`,
        [region.id],
      );
      await contributions(409);
    } finally {
      await db.end();
    }
  });

  it('shows in the matrix at once what changed past the API: decisions, view points, names', async () => {
    // The matrix answers from memory while the region's data version stands: plain SQL must move
    // it, or the matrix would show what it kept from before.
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    const item = async (name: string) =>
      (await matrix()).items.find((i) => i.id === decision(name));
    let decisions: { id: string; name: string }[] = [];
    const decision = (name: string) => decisions.find((d) => d.name === name)!.id;
    try {
      decisions = (await matrix()).items.map((i) => ({ id: i.id, name: i.municipality.name }));
      const before = await item('Best');
      expect(before).toBeDefined();

      await db.query('UPDATE council_decisions SET decision_reference = $2 WHERE id = $1', [
        decision('Best'),
        'Raadsbesluit via SQL',
      ]);
      expect((await item('Best'))!.decisionReference).toBe('Raadsbesluit via SQL');

      await db.query(
        `INSERT INTO view_points (council_decision_id, programme_id, municipality_id, region_id,
                                  round, number, text)
         SELECT d.id, d.programme_id, d.municipality_id, d.region_id, d.round,
                coalesce((SELECT max(number) FROM view_points WHERE council_decision_id = d.id), 0) + 1,
                'Een punt via SQL'
           FROM council_decisions d WHERE d.id = $1`,
        [decision('Best')],
      );
      const after = (await item('Best'))!;
      expect(after.viewPointCount).toBe(before!.viewPointCount + 1);
      expect(after.unansweredViewPointCount).toBe(before!.unansweredViewPointCount + 1);

      await db.query('UPDATE municipalities SET name = $2 WHERE id = $1', [
        id('Best'),
        'Best (SQL)',
      ]);
      expect((await item('Best'))!.municipality.name).toBe('Best (SQL)');
    } finally {
      await db.query('UPDATE municipalities SET name = $2 WHERE id = $1', [id('Best'), 'Best']);
      await db.end();
    }
  });
});
