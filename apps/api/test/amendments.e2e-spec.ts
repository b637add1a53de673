import type {
  AmendmentListResponse,
  AssignmentResponse,
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixResponse,
  ProgrammeVersionList,
  ProgrammeVersionResponse,
  RecordCouncilDecisionRequest,
  VersionDiffResponse,
} from '@koers/contracts';
import { Client } from 'pg';
import { Clock } from '../src/common/clock';
import { transition } from './factories/council-cycle';
import { createMreProgramme, createMreRegion, MreFixture } from './factories/council-cycle-d';
import { UNKNOWN_ID } from './factories/reference-data';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('amendments that follow from the views, adopted "with amendments"', () => {
  let t: TestApp;
  let api: Agent;
  let db: Client;
  let mre: MreFixture;
  let programmeId: string;
  let otherProgrammeId: string;
  let assignments: AssignmentResponse[];
  let today = '2026-03-10';

  const path = (rest = '', id = programmeId) => `/api/programmes/${id}${rest}`;
  const code = (c: string) => assignments.find((a) => a.code === c)!;
  const decision = async (name: string, id = programmeId) =>
    (await api.get(path(`/council-decisions/${mre.byName(name).id}`, id)).expect(200))
      .body as CouncilDecisionDetailResponse;
  const decide = async (
    name: string,
    body: Partial<RecordCouncilDecisionRequest>,
    id = programmeId,
  ) => {
    const { version } = await decision(name, id);
    await api
      .put(path(`/council-decisions/${mre.byName(name).id}`, id))
      .send({ decisionDate: today, ...body, version })
      .expect(200);
    return decision(name, id);
  };
  const assignment = async (c: string) =>
    (await api.get(`/api/assignments/${code(c).id}`).expect(200)).body as AssignmentResponse;
  const amend = async (c: string, body: object, status: number) => {
    const { version } = await assignment(c);
    return api
      .patch(`/api/assignments/${code(c).id}`)
      .send({ ...body, version })
      .expect(status);
  };
  const memberLine = (euros: number) => ({
    fundingSource: 'member_contribution',
    sourceName: 'member_contribution',
    year: 2026,
    amountCents: euros * 100,
  });

  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    mre = await createMreRegion(api);
    ({ programmeId, assignments } = await createMreProgramme(api, mre, 2026));
    otherProgrammeId = (await createMreProgramme(api, mre, 2027)).programmeId;
    for (const id of [programmeId, otherProgrammeId]) {
      await transition(api, id, 'proposed').expect(200);
      await transition(api, id, 'consultation', undefined, { sentOn: '2026-03-02' }).expect(200);
    }
  }, 60_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('ties a change to view points of the current round only, and adopts with amendments', async () => {
    // Round 1: Helmond sends a view; the programme goes back to draft and out again (round 2).
    const round1 = await decide('Helmond', {
      status: 'view_submitted',
      viewPoints: [{ text: 'Eerst de Peel.' }],
    });
    await transition(api, programmeId, 'draft', 'Helmond wil eerst de Peel').expect(200);
    await transition(api, programmeId, 'proposed').expect(200);
    today = '2026-03-16';
    await transition(api, programmeId, 'consultation').expect(200);

    // Round 2: Helmond sends a view of two points; Eindhoven agrees (its amount is kept).
    const helmond = await decide('Helmond', {
      status: 'agreed_with_view',
      viewPoints: [
        { text: 'Houd de bijdrage gelijk.' },
        { text: 'Meer geld voor snelfietsroutes.', assignmentId: code('A1').id },
      ],
    });
    const [point1, point2] = helmond.viewPoints;
    const eindhoven = await decide('Eindhoven', { status: 'agreed' });
    expect(eindhoven.shownContribution?.totalCents).toBeGreaterThan(0);
    const other = await decide(
      'Helmond',
      { status: 'view_submitted', viewPoints: [{ text: 'Ander programma.' }] },
      otherProgrammeId,
    );

    // An ordinary edit is refused while the councils weigh the programme.
    const plain = await amend('A1', { budgetLines: [memberLine(160_000)] }, 409);
    expect(plain.body).toMatchObject({ code: 'PROGRAMME_NOT_DRAFT' });
    expect(plain.body.detail).toContain('answersViewPointIds');

    // A point of an earlier round, of another programme, an unknown one, none: 400 naming it.
    for (const ids of [
      [round1.viewPoints[0].id],
      [other.viewPoints[0].id],
      [point1.id, UNKNOWN_ID],
    ]) {
      const res = await amend(
        'A1',
        {
          budgetLines: [memberLine(160_000)],
          answersViewPointIds: ids,
        },
        400,
      );
      expect(res.body.errors).toEqual([
        {
          field: `answersViewPointIds.${ids.length - 1}`,
          message: 'is geen zienswijzepunt van de huidige consultatieronde van dit programma',
        },
      ]);
    }
    const none = await amend('A1', { answersViewPointIds: [] }, 400);
    expect(none.body.errors[0].field).toBe('answersViewPointIds');
    // Nothing was half-stored.
    expect((await assignment('A1')).budgetTotalCents).toBe(code('A1').budgetTotalCents);

    // The amendment: A1's member money goes up, answering Helmond's point 2.
    const changed = await amend(
      'A1',
      {
        budgetLines: [memberLine(160_000), { ...memberLine(210_000), fundingSource: 'province' }],
        answersViewPointIds: [point2.id],
      },
      200,
    );
    expect(changed.body.budgetTotalCents).toBe((160_000 + 210_000) * 100);
    // A stale version is 409, like every write.
    await api
      .patch(`/api/assignments/${code('A1').id}`)
      .send({
        mandate: { scope: 'Alleen fietspaden' },
        answersViewPointIds: [point1.id],
        version: 1,
      })
      .expect(409);
    // A second amendment: the mandate, answering point 1.
    await amend(
      'A1',
      {
        mandate: { scope: 'Snelfietsroutes binnen het budget' },
        answersViewPointIds: [point1.id],
      },
      200,
    );

    const list = (await api.get(path('/amendments')).expect(200)).body as AmendmentListResponse;
    expect(list).toMatchObject({ round: 2, currentRound: 2, rounds: [1, 2] });
    expect(
      list.items.map((a) => [a.assignment.code, a.fields, a.viewPoints.map((p) => p.number)]),
    ).toEqual([
      ['A1', expect.arrayContaining(['budgetLines']), [2]],
      ['A1', ['mandate'], [1]],
    ]);
    expect(list.items[0].viewPoints[0]).toMatchObject({ municipality: { name: 'Helmond' } });
    expect((await api.get(path('/amendments?round=1')).expect(200)).body.items).toEqual([]);

    // The audit record of the change says why.
    const { rows } = await db.query<{ reason: string }>(
      `SELECT reason FROM audit_records WHERE entity = 'assignment' AND entity_id = $1
        ORDER BY id DESC LIMIT 2`,
      [code('A1').id],
    );
    expect(rows.map((r) => r.reason)).toEqual([
      'Naar aanleiding van zienswijze Helmond punt 1',
      'Naar aanleiding van zienswijze Helmond punt 2',
    ]);

    // Contributions follow: Eindhoven pays more than it was shown, and is flagged.
    const matrix = (await api.get(path('/council-decisions')).expect(200))
      .body as CouncilDecisionMatrixResponse;
    const flagged = matrix.items.find((i) => i.municipality.name === 'Eindhoven')!;
    expect(flagged.amountChangedSinceDecision).toBe(true);
    expect(flagged.contributionSinceDecision?.differenceCents).toBeGreaterThan(0);
    const a1 = (await decision('Eindhoven')).contributionSinceDecision?.byAssignment.find(
      (a) => a.code === 'A1',
    );
    expect(a1?.differenceCents).toBeGreaterThan(0);

    // The board answers both points and adopts after the deadline.
    for (const point of (await decision('Helmond')).viewPoints) {
      await api
        .put(path(`/views/${point.id}/answer`))
        .send({
          answer: 'Het bestuur neemt dit over.',
          outcome: 'adopted',
          resultingChange: 'A1 krijgt € 20.000 meer inwonerbijdrage.',
          version: point.version,
        })
        .expect(200);
    }
    today = '2026-07-01';
    const adopted = await transition(api, programmeId, 'adopted').expect(200);
    expect(adopted.body).toMatchObject({ status: 'adopted', versionCount: 3 });

    // The adopted version keeps the round's register and its amendments.
    const versions = (await api.get(path('/versions')).expect(200)).body as ProgrammeVersionList;
    expect(
      versions.items.map((v) => [v.number, v.toStatus, v.consultationRound, v.amendmentCount]),
    ).toEqual([
      [1, 'proposed', null, 0],
      [2, 'proposed', null, 0],
      [3, 'adopted', 2, 2],
    ]);
    expect(versions.items[2].reason).toBe(
      'Gewijzigd vastgesteld: 2 wijzigingen naar aanleiding van de zienswijzen.',
    );
    const frozen = (await api.get(path('/versions/3')).expect(200))
      .body as ProgrammeVersionResponse;
    expect(frozen.consultation?.round).toBe(2);
    expect(
      frozen.consultation?.viewPoints.map((p) => [p.municipality.name, p.number, p.outcome]),
    ).toEqual([
      ['Helmond', 1, 'adopted'],
      ['Helmond', 2, 'adopted'],
    ]);
    expect(frozen.consultation?.viewPoints[1].resultingChange).toBe(
      'A1 krijgt € 20.000 meer inwonerbijdrage.',
    );
    expect(frozen.snapshot.assignments.find((a) => a.code === 'A1')?.budgetTotalCents).toBe(
      37_000_000,
    );

    // The diff from the version sent to the councils: each change with its reason.
    const diff = (await api.get(path('/versions/2/diff/3')).expect(200))
      .body as VersionDiffResponse;
    const a1Changes = diff.changed.find((c) => c.code === 'A1')!.changes;
    const budget = a1Changes.find((c) => c.field === 'budgetLines')!;
    expect(budget.reasons?.map((r) => [r.municipality.name, r.number])).toEqual([['Helmond', 2]]);
    const scope = a1Changes.find((c) => c.field === 'mandate.scope')!;
    expect(scope.reasons?.map((r) => [r.municipality.name, r.number, r.answer])).toEqual([
      ['Helmond', 1, 'Het bestuur neemt dit over.'],
    ]);
    expect(
      diff.contributions?.find((c) => c.municipalityId === mre.byName('Eindhoven').id),
    ).toMatchObject({ deltaCents: expect.any(Number) });
    expect(
      diff.contributions?.find((c) => c.municipalityId === mre.byName('Eindhoven').id)?.deltaCents,
    ).toBeGreaterThan(0);

    // After adoption a change citing view points is refused: it is no longer the consultation.
    const late = await amend(
      'A2',
      {
        title: 'Woondeals 2026',
        answersViewPointIds: [point1.id],
      },
      400,
    );
    expect(late.body.errors[0].field).toBe('answersViewPointIds');
  });

  it('refuses answersViewPointIds on a draft with 400 naming the field', async () => {
    const { assignments: drafts } = await createMreProgramme(api, mre, 2028);
    const res = await api
      .patch(`/api/assignments/${drafts[0].id}`)
      .send({ title: 'Nieuw', answersViewPointIds: [UNKNOWN_ID], version: drafts[0].version })
      .expect(400);
    expect(res.body.errors[0].field).toBe('answersViewPointIds');
  });
});
