import type {
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixResponse,
  RecordCouncilDecisionRequest,
  ViewPointRegisterResponse,
} from '@koers/contracts';
import { Clock } from '../src/common/clock';
import { createProgrammeWithAssignments, transition } from './factories/council-cycle';
import type { RegionFixture } from './factories/programme-fixtures';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('consultation rounds are kept when a programme goes back to draft', () => {
  let t: TestApp;
  let api: Agent;
  let programmeId: string;
  let region: RegionFixture;
  const [A, B, C] = [0, 1, 2];

  const path = (rest = '') => `/api/programmes/${programmeId}${rest}`;
  const municipality = (i: number) => region.municipalityIds[i];
  const matrix = async (query = ''): Promise<CouncilDecisionMatrixResponse> =>
    (await api.get(path(`/council-decisions${query}`)).expect(200))
      .body as CouncilDecisionMatrixResponse;
  const decision = async (i: number, query = ''): Promise<CouncilDecisionDetailResponse> =>
    (await api.get(path(`/council-decisions/${municipality(i)}${query}`)).expect(200))
      .body as CouncilDecisionDetailResponse;
  const views = async (query = ''): Promise<ViewPointRegisterResponse> =>
    (await api.get(path(`/views${query}`)).expect(200)).body as ViewPointRegisterResponse;
  const decide = async (i: number, body: Partial<RecordCouncilDecisionRequest>) => {
    const { version } = await decision(i);
    return api
      .put(path(`/council-decisions/${municipality(i)}`))
      .send({ decisionDate: '2026-04-01', ...body, version })
      .expect(200);
  };
  const answer = (pointId: string, version: number) =>
    api
      .put(path(`/views/${pointId}/answer`))
      .send({ answer: 'Het bestuur neemt dit over.', outcome: 'adopted', version });

  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-04-01');
    const made = await createProgrammeWithAssignments(api, t.db.url);
    ({ region } = made);
    programmeId = made.programme.id;
    await transition(api, programmeId, 'proposed').expect(200);
    await transition(api, programmeId, 'consultation', undefined, { sentOn: '2026-03-02' }).expect(
      200,
    );
  });
  afterAll(() => t.close());

  it('keeps round 1 as history and starts round 2 empty; only round 2 blocks adoption', async () => {
    // Round 1: A sends a view of two points (one answered), B agrees, C is still pending.
    await decide(A, {
      status: 'view_submitted',
      viewPoints: [{ text: 'Minder opdrachten, meer focus.' }, { text: 'Betrek de raden eerder.' }],
    });
    await decide(B, { status: 'agreed' });
    const first = await decision(A);
    expect(first).toMatchObject({ round: 1, currentRound: 1, rounds: [1] });
    await answer(first.viewPoints[0].id, first.viewPoints[0].version).expect(200);

    await transition(api, programmeId, 'draft', 'De raden willen minder opdrachten').expect(200);
    // In draft the last round is still there to read.
    expect(await matrix()).toMatchObject({ round: 1, currentRound: 1, rounds: [1] });

    await transition(api, programmeId, 'proposed').expect(200);
    await transition(api, programmeId, 'consultation').expect(200);

    const now = await matrix();
    expect(now).toMatchObject({ round: 2, currentRound: 2, rounds: [1, 2] });
    expect(now.items.map((i) => [i.round, i.status])).toEqual([
      [2, 'pending'],
      [2, 'pending'],
      [2, 'pending'],
    ]);
    expect(now.counts).toMatchObject({ responded: 0, viewPoints: 0, unansweredViewPoints: 0 });

    const earlier = await matrix('?round=1');
    expect(earlier).toMatchObject({ round: 1, currentRound: 2, rounds: [1, 2], deadline: null });
    const byMunicipality = new Map(earlier.items.map((i) => [i.municipality.id, i]));
    expect(byMunicipality.get(municipality(A))).toMatchObject({
      round: 1,
      status: 'view_submitted',
      viewPointCount: 2,
      unansweredViewPointCount: 1,
    });
    expect(byMunicipality.get(municipality(B))).toMatchObject({ round: 1, status: 'agreed' });
    expect(byMunicipality.get(municipality(C))).toMatchObject({ round: 1, status: 'pending' });

    // The council's own page: round 2 by default, round 1 on request with its view and answer.
    expect(await decision(A)).toMatchObject({ round: 2, status: 'pending', viewPoints: [] });
    const history = await decision(A, '?round=1');
    expect(history).toMatchObject({ round: 1, status: 'view_submitted', rounds: [1, 2] });
    expect(history.viewPoints.map((p) => [p.round, p.number, p.answer])).toEqual([
      [1, 1, 'Het bestuur neemt dit over.'],
      [1, 2, null],
    ]);

    // The register: round 2 is empty; round 1 keeps both points.
    expect(await views()).toMatchObject({ round: 2, total: 0, counts: { total: 0 } });
    expect(await views('?round=1')).toMatchObject({
      round: 1,
      total: 2,
      counts: { total: 2, answered: 1, unanswered: 1 },
    });

    // A point of round 1 is history: it is not answered any more.
    const old = history.viewPoints[1];
    const refused = await answer(old.id, old.version).expect(409);
    expect(refused.body).toMatchObject({ code: 'VIEW_POINT_OF_EARLIER_ROUND' });

    // Round 2: every council decides, A with one new point; round 1's open point does not count.
    await decide(A, {
      status: 'agreed_with_view',
      viewPoints: [{ text: 'Houd de kosten gelijk.' }],
    });
    await decide(B, { status: 'agreed' });
    await decide(C, { status: 'no_view' });
    const blocked = await transition(api, programmeId, 'adopted').expect(409);
    expect(blocked.body).toMatchObject({
      code: 'PROGRAMME_HAS_UNANSWERED_VIEWS',
      detail: '1 punt uit zienswijzen is nog niet beantwoord.',
    });
    const point = (await decision(A)).viewPoints[0];
    expect(point.round).toBe(2);
    await answer(point.id, point.version).expect(200);
    await transition(api, programmeId, 'adopted').expect(200);

    // Round 1 is still there, unchanged, after the adoption.
    expect((await views('?round=1')).counts).toEqual({ total: 2, answered: 1, unanswered: 1 });
  });

  it('answers 404 for a round the programme never had and 400 for a bad round', async () => {
    const missing = await api.get(path('/council-decisions?round=7')).expect(404);
    expect(missing.body).toMatchObject({ code: 'CONSULTATION_ROUND_NOT_FOUND' });
    await api.get(path(`/council-decisions/${municipality(A)}?round=7`)).expect(404);
    await api.get(path('/views?round=7')).expect(404);
    for (const bad of ['0', 'een', '1.5']) {
      const res = await api.get(path(`/council-decisions?round=${bad}`)).expect(400);
      expect(res.body.errors[0].field).toBe('round');
    }
    const res = await api.get(path('/views?round=-1')).expect(400);
    expect(res.body.errors[0].field).toBe('round');
  });
});
