import type { TransitionsResponse } from '@koers/contracts';
import { Client } from 'pg';
import { Clock } from '../src/common/clock';
import {
  assignmentBody,
  createProgrammeWithAssignments,
  transition,
} from './factories/council-cycle';
import { createRegionFixture } from './factories/programme-fixtures';
import type { Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

describe('the programme lifecycle', () => {
  let t: TestApp;
  let api: Agent;
  let db: Client;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-04-01');
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const allowed = async (id: string): Promise<TransitionsResponse> =>
    (await api.get(`/api/programmes/${id}/transitions`).expect(200)).body as TransitionsResponse;

  it('refuses to propose a programme without assignments', async () => {
    const { programme } = await createProgrammeWithAssignments(api, t.db.url, { count: 0 });
    expect((await allowed(programme.id)).transitions).toEqual([
      {
        to: 'proposed',
        possible: false,
        reasonRequired: false,
        refusalCode: 'PROGRAMME_HAS_NO_ASSIGNMENTS',
        refusal: 'Een programma zonder opdrachten kan niet worden voorgesteld.',
      },
    ]);
    const res = await transition(api, programme.id, 'proposed').expect(409);
    expect(res.body).toMatchObject({
      code: 'PROGRAMME_HAS_NO_ASSIGNMENTS',
      detail: 'Een programma zonder opdrachten kan niet worden voorgesteld.',
    });
  });

  it('refuses a move the lifecycle does not have, and an unknown state', async () => {
    const { programme } = await createProgrammeWithAssignments(api, t.db.url);
    const res = await transition(api, programme.id, 'adopted').expect(409);
    expect(res.body).toMatchObject({
      code: 'PROGRAMME_TRANSITION_NOT_ALLOWED',
      detail: 'Een programma met status concept kan niet naar vastgesteld.',
    });
    const bad = await api
      .post(`/api/programmes/${programme.id}/transitions`)
      .send({ to: 'approved' })
      .expect(400);
    expect(bad.body.errors).toEqual([
      { field: 'to', message: 'heeft geen toegestane waarde', constraint: 'isIn' },
    ]);
    const sentOn = await transition(api, programme.id, 'proposed', undefined, {
      sentOn: '2026-04-01',
    }).expect(400);
    expect(sentOn.body.errors[0].field).toBe('sentOn');
    await transition(api, '00000000-0000-4000-8000-000000000000', 'proposed').expect(404);
    await transition(api, 'not-a-uuid', 'proposed').expect(404);
  });

  it('runs draft → proposed → consultation → adopted → in_execution → closed', async () => {
    const { programme, region } = await createProgrammeWithAssignments(api, t.db.url);
    const proposed = await transition(api, programme.id, 'proposed').expect(200);
    expect(proposed.body).toMatchObject({
      status: 'proposed',
      versionCount: 1,
      version: programme.version + 1,
      allowedTransitions: ['consultation', 'draft'],
    });

    const noReason = await transition(api, programme.id, 'draft').expect(409);
    expect(noReason.body).toMatchObject({
      code: 'PROGRAMME_REASON_REQUIRED',
      detail: 'Geef een reden waarom het programma terug gaat naar concept.',
    });

    const sent = await transition(api, programme.id, 'consultation', undefined, {
      sentOn: '2026-03-02',
    }).expect(200);
    // The region's window: 12 weeks.
    expect(sent.body).toMatchObject({
      status: 'consultation',
      sentToCouncilsOn: '2026-03-02',
      consultationDeadline: '2026-05-25',
      versionCount: 1,
      allowedTransitions: ['adopted', 'draft'],
    });
    const { rows: decisions } = await db.query<{ municipality_id: string; status: string }>(
      `SELECT municipality_id, status FROM council_decisions WHERE programme_id = $1`,
      [programme.id],
    );
    expect(decisions.map((d) => d.municipality_id).sort()).toEqual(
      [...region.municipalityIds].sort(),
    );
    expect(decisions.every((d) => d.status === 'pending')).toBe(true);

    const pending = await transition(api, programme.id, 'adopted').expect(409);
    expect(pending.body).toMatchObject({
      code: 'PROGRAMME_COUNCILS_PENDING',
      detail: '3 gemeenteraden hebben nog niet besloten en de termijn voor zienswijzen loopt nog.',
    });
    expect((await allowed(programme.id)).transitions).toEqual([
      expect.objectContaining({
        to: 'adopted',
        possible: false,
        refusalCode: 'PROGRAMME_COUNCILS_PENDING',
      }),
      expect.objectContaining({ to: 'draft', possible: true, reasonRequired: true }),
    ]);

    // Every council decides; one sends a view with one point, still unanswered.
    await db.query(
      `UPDATE council_decisions SET status = 'agreed_with_view', decision_date = '2026-03-20'
        WHERE programme_id = $1`,
      [programme.id],
    );
    const [decision] = (
      await db.query(`SELECT id, municipality_id FROM council_decisions WHERE programme_id = $1`, [
        programme.id,
      ])
    ).rows;
    await db.query(
      `INSERT INTO view_points (programme_id, region_id, council_decision_id, municipality_id, number, text)
       VALUES ($1, $2, $3, $4, 1, 'Meer aandacht voor de kleine kernen')`,
      [programme.id, region.regionId, decision.id, decision.municipality_id],
    );
    const open = await transition(api, programme.id, 'adopted').expect(409);
    expect(open.body).toMatchObject({
      code: 'PROGRAMME_HAS_UNANSWERED_VIEWS',
      detail: '1 punt uit zienswijzen is nog niet beantwoord.',
    });
    await db.query(
      `UPDATE view_points SET answer = 'Overgenomen', outcome = 'adopted' WHERE programme_id = $1`,
      [programme.id],
    );
    const adopted = await transition(api, programme.id, 'adopted').expect(200);
    expect(adopted.body).toMatchObject({
      status: 'adopted',
      adoptedOn: '2026-04-01',
      allowedTransitions: ['in_execution'],
    });
    await transition(api, programme.id, 'draft', 'te laat').expect(409);
    await transition(api, programme.id, 'in_execution').expect(200);
    const closed = await transition(api, programme.id, 'closed').expect(200);
    // Version 1 as sent to the councils, version 2 as adopted.
    expect(closed.body).toMatchObject({
      status: 'closed',
      allowedTransitions: [],
      versionCount: 2,
    });
    expect((await allowed(programme.id)).transitions).toEqual([]);
    await transition(api, programme.id, 'in_execution').expect(409);
  });

  it('lets the board adopt with councils still pending once the deadline has passed', async () => {
    const { programme } = await createProgrammeWithAssignments(api, t.db.url);
    await transition(api, programme.id, 'proposed').expect(200);
    const sent = await transition(api, programme.id, 'consultation', undefined, {
      sentOn: '2026-01-05',
      viewWindowWeeks: 8,
    }).expect(200);
    expect(sent.body).toMatchObject({ consultationDeadline: '2026-03-02', viewWindowWeeks: 8 });
    await transition(api, programme.id, 'adopted').expect(200);
  });

  it('goes back to draft with a reason and opens a new round later, keeping the first', async () => {
    const { programme } = await createProgrammeWithAssignments(api, t.db.url);
    await transition(api, programme.id, 'proposed').expect(200);
    await transition(api, programme.id, 'consultation').expect(200);
    const matrix = await api.get(`/api/programmes/${programme.id}/council-decisions`).expect(200);
    const first = matrix.body.items[0];
    await api
      .put(`/api/programmes/${programme.id}/council-decisions/${first.municipality.id}`)
      .send({
        status: 'view_submitted',
        decisionDate: '2026-04-01',
        viewPoints: [{ text: 'Minder opdrachten, meer focus.' }],
        version: first.version,
      })
      .expect(200);
    await db.query(`UPDATE council_decisions SET status = 'rejected' WHERE programme_id = $1`, [
      programme.id,
    ]);
    const back = await transition(
      api,
      programme.id,
      'draft',
      'Raden willen minder opdrachten',
    ).expect(200);
    expect(back.body).toMatchObject({
      status: 'draft',
      sentToCouncilsOn: null,
      consultationDeadline: null,
      allowedTransitions: ['proposed'],
    });
    await transition(api, programme.id, 'proposed').expect(200);
    const again = await transition(api, programme.id, 'consultation').expect(200);
    expect(again.body).toMatchObject({ sentToCouncilsOn: '2026-04-01', versionCount: 2 });
    const { rows } = await db.query(
      `SELECT round, status, count(*)::int AS n FROM council_decisions WHERE programme_id = $1
        GROUP BY round, status ORDER BY round`,
      [programme.id],
    );
    // Round 1 is kept as history; round 2 starts with every council pending.
    expect(rows).toEqual([
      { round: 1, status: 'rejected', n: 3 },
      { round: 2, status: 'pending', n: 3 },
    ]);
    // The views of the first round were about the first version; they do not block adoption now.
    const views = await api.get(`/api/programmes/${programme.id}/views`).expect(200);
    expect(views.body.counts).toMatchObject({ total: 0, unanswered: 0 });
    const earlier = await api.get(`/api/programmes/${programme.id}/views?round=1`).expect(200);
    expect(earlier.body.counts).toMatchObject({ total: 1, unanswered: 1 });
  });

  it('lets only one of two simultaneous transitions through', async () => {
    const { programme } = await createProgrammeWithAssignments(api, t.db.url);
    const results = await Promise.all([
      transition(api, programme.id, 'proposed'),
      transition(api, programme.id, 'proposed'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body).toMatchObject({
      code: 'PROGRAMME_TRANSITION_NOT_ALLOWED',
    });
    const { rows } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM programme_versions WHERE programme_id = $1',
      [programme.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('only creates council decisions for current members', async () => {
    const region = await createRegionFixture(t.db.url);
    await db.query(`UPDATE municipalities SET member_until = '2025-12-31' WHERE id = $1`, [
      region.municipalityIds[2],
    ]);
    const { programme } = await createProgrammeWithAssignments(api, t.db.url, {
      region,
      assignment: (i, r) => assignmentBody(r, i),
    });
    await transition(api, programme.id, 'proposed').expect(200);
    await transition(api, programme.id, 'consultation').expect(200);
    const { rows } = await db.query<{ municipality_id: string }>(
      `SELECT municipality_id FROM council_decisions WHERE programme_id = $1`,
      [programme.id],
    );
    expect(rows.map((r) => r.municipality_id).sort()).toEqual(
      region.municipalityIds.slice(0, 2).sort(),
    );
  });
});
