import request from 'supertest';
import { Client } from 'pg';
import { createRegionFixture, RegionFixture } from './factories/programme-fixtures';
import { signInAs, type Agent, type SignedInAgent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Mandates that are tracked (issue 16 item 5): decisions, ceiling, alerts, accounts. */
describe('mandates', () => {
  let t: TestApp;
  let api: Agent;
  let region: RegionFixture;
  let other: RegionFixture;
  let holder: SignedInAgent;
  let bureau: SignedInAgent;
  let programmeId: string;
  const savedToday = process.env.KOERS_TODAY;

  const sql = async (text: string, params: unknown[] = []) => {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(text, params)).rows;
    } finally {
      await client.end();
    }
  };

  /** An assignment held by the holder (personIds[0]) with a € 100.000 ceiling, in force all 2025. */
  const newAssignment = async (mandate: object = {}, holderId = region.personIds[0]) => {
    const res = await api
      .post(`/api/programmes/${programmeId}/assignments`)
      .send({
        themeId: region.themeIds[0],
        code: `M-${Math.random().toString(36).slice(2, 8)}`,
        title: 'Snelfietsroutes',
        portfolioHolderId: holderId,
        mandate: {
          scope: 'Opdrachten tot € 100.000',
          budgetCeilingCents: 10_000_000,
          validFrom: '2025-01-01',
          validUntil: '2025-12-31',
          reportBackDates: ['2025-06-30', '2025-11-15', '2026-03-01'],
          ...mandate,
        },
      })
      .expect(201);
    return res.body.id as string;
  };

  const decision = (amountCents: number, extra: object = {}) => ({
    decidedOn: '2025-09-18',
    description: 'Opdracht haalbaarheidsstudie',
    amountCents,
    decidedBy: 'portfolio_holder',
    minutesUrl: 'https://regio.example/notulen/2025-09-18',
    ...extra,
  });

  beforeAll(async () => {
    process.env.KOERS_TODAY = '2025-12-01';
    t = await startTestApp();
    api = await t.asAdmin();
    region = await createRegionFixture(t.db.url);
    other = await createRegionFixture(t.db.url, 'Andere regio');
    const programme = await api
      .post(`/api/regions/${region.regionId}/programmes`)
      .send({ year: 2025, title: 'Uitvoeringsprogramma 2025' })
      .expect(201);
    programmeId = programme.body.id;
    holder = await signInAs(t, {
      name: 'Wethouder Van Dijk',
      roles: [
        { regionId: region.regionId, role: 'portfolio_holder', personId: region.personIds[0] },
      ],
    });
    bureau = await signInAs(t, { roles: [{ regionId: region.regionId, role: 'bureau' }] });
  });
  afterAll(async () => {
    if (savedToday === undefined) delete process.env.KOERS_TODAY;
    else process.env.KOERS_TODAY = savedToday;
    await t.close();
  });

  it('adds decisions to what is used, exact to the cent, and audits each with its author', async () => {
    const id = await newAssignment();
    const first = await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(4_500_010))
      .expect(201);
    expect(first.body).toMatchObject({
      amountCents: 4_500_010,
      decidedBy: 'portfolio_holder',
      escalated: false,
      version: 1,
    });
    await bureau
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(1_000_020, { decidedBy: 'steering_group', minutesUrl: null }))
      .expect(201);
    const mandate = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(mandate.body).toMatchObject({
      ceilingCents: 10_000_000,
      usedCents: 5_500_030,
      remainingCents: 4_499_970,
      escalatedCents: 0,
      nextReportBack: '2026-03-01',
    });
    expect(mandate.body.decisions).toHaveLength(2);
    const audit = await sql(
      `SELECT actor_name, action FROM audit_records WHERE entity = 'mandate_decision' AND entity_id = $1`,
      [first.body.id],
    );
    expect(audit).toEqual([{ actor_name: 'Wethouder Van Dijk', action: 'create' }]);
  });

  it("refuses a decision that would pass the ceiling with the region's own sentence, and stores nothing", async () => {
    const sentence =
      'Dit gaat boven het mandaat; leg het voor aan het algemeen bestuur van de regio.';
    const region1 = await api.get(`/api/regions/${region.regionId}`).expect(200);
    expect(region1.body.mandateOverrun).toBe('refuse');
    expect(region1.body.mandateOverrunSentence).toBe(
      'Dit besluit overschrijdt het mandaat; het is voorbehouden aan het algemeen bestuur.',
    );
    await api
      .patch(`/api/regions/${region.regionId}`)
      .send({ mandateOverrunSentence: sentence, version: region1.body.version })
      .expect(200);
    const id = await newAssignment();
    await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(9_000_000))
      .expect(201);
    const refused = await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(1_000_001))
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'MANDATE_CEILING_PASSED', detail: sentence });
    // Exactly up to the ceiling is within the mandate.
    await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(1_000_000))
      .expect(201);
    const mandate = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(mandate.body.usedCents).toBe(10_000_000);
    expect(mandate.body.decisions).toHaveLength(2);
  });

  it('records a decision past the ceiling as an escalation, not counted as used, when the region escalates', async () => {
    const escalating = await createRegionFixture(t.db.url, 'Escalerende regio');
    const current = await api.get(`/api/regions/${escalating.regionId}`).expect(200);
    await api
      .patch(`/api/regions/${escalating.regionId}`)
      .send({ mandateOverrun: 'escalate', version: current.body.version })
      .expect(200);
    const programme = await api
      .post(`/api/regions/${escalating.regionId}/programmes`)
      .send({ year: 2025, title: 'Programma 2025' })
      .expect(201);
    const assignment = await api
      .post(`/api/programmes/${programme.body.id}/assignments`)
      .send({
        themeId: escalating.themeIds[0],
        code: 'E-1',
        title: 'Escalatie',
        mandate: { budgetCeilingCents: 100_000 },
      })
      .expect(201);
    const id = assignment.body.id as string;
    await api.post(`/api/assignments/${id}/mandate/decisions`).send(decision(60_000)).expect(201);
    const escalated = await api
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(50_000))
      .expect(201);
    expect(escalated.body.escalated).toBe(true);
    const mandate = await api.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(mandate.body).toMatchObject({ usedCents: 60_000, escalatedCents: 50_000 });
  });

  it('warns at 80 % used, not at 79.99 %', async () => {
    const id = await newAssignment({ validUntil: '2026-06-30', reportBackDates: [] });
    await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(7_999_999))
      .expect(201);
    const below = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(below.body.alerts).toEqual([]);
    await holder.post(`/api/assignments/${id}/mandate/decisions`).send(decision(1)).expect(201);
    const at = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(at.body.alerts).toEqual([
      { kind: 'ceiling', usedCents: 8_000_000, ceilingCents: 10_000_000 },
    ]);
    expect(at.body.shareUsed).toBe(0.8);
  });

  it('warns when the term ends within 30 days', async () => {
    const id = await newAssignment({ validUntil: '2025-12-31', reportBackDates: [] });
    const soon = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(soon.body.alerts).toEqual([{ kind: 'term', validUntil: '2025-12-31', daysLeft: 30 }]);
    const later = await newAssignment({ validUntil: '2026-01-01', reportBackDates: [] });
    expect((await holder.get(`/api/assignments/${later}/mandate`).expect(200)).body.alerts).toEqual(
      [],
    );
  });

  it('warns for a report-back date passed without an account, until one is recorded', async () => {
    const id = await newAssignment({ validUntil: '2026-06-30' });
    const before = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(before.body.alerts).toEqual([
      { kind: 'report_back', date: '2025-06-30' },
      { kind: 'report_back', date: '2025-11-15' },
    ]);
    const account = await holder
      .post(`/api/assignments/${id}/mandate/accounts`)
      .send({
        reportBackDate: '2025-11-15',
        reportedOn: '2025-11-20',
        summary: 'Verantwoord in het AB.',
      })
      .expect(201);
    expect(account.body).toMatchObject({ reportBackDate: '2025-11-15', version: 1 });
    const after = await holder.get(`/api/assignments/${id}/mandate`).expect(200);
    expect(after.body.alerts).toEqual([{ kind: 'report_back', date: '2025-06-30' }]);
    expect(after.body.accounts).toHaveLength(1);
    const twice = await holder
      .post(`/api/assignments/${id}/mandate/accounts`)
      .send({ reportBackDate: '2025-11-15', reportedOn: '2025-11-21', summary: 'Nog eens.' })
      .expect(409);
    expect(twice.body.code).toBe('MANDATE_ACCOUNT_EXISTS');
    const notADate = await holder
      .post(`/api/assignments/${id}/mandate/accounts`)
      .send({ reportBackDate: '2025-10-01', reportedOn: '2025-10-02', summary: 'Geen moment.' })
      .expect(400);
    expect(notADate.body.errors[0].field).toBe('reportBackDate');
    // Versioned: a stale version is refused.
    await holder
      .patch(`/api/assignments/${id}/mandate/accounts/${account.body.id}`)
      .send({ summary: 'Aangevuld.', version: 1 })
      .expect(200);
    await holder
      .patch(`/api/assignments/${id}/mandate/accounts/${account.body.id}`)
      .send({ summary: 'Oud.', version: 1 })
      .expect(409);
  });

  it('lists the portfolio holder’s own assignments with mandate use and alerts', async () => {
    const id = await newAssignment({ validUntil: '2026-06-30', reportBackDates: ['2026-02-01'] });
    const itemOf = (body: { items: { assignment: { id: string } }[] }) =>
      body.items.find((i) => i.assignment.id === id);
    // Read once before the decision: the page must not show what it read then afterwards.
    await newAssignment({}, region.personIds[1]);
    const before = await holder.get('/api/me/portfolio').expect(200);
    expect(itemOf(before.body)).toMatchObject({ usedCents: 0, alerts: [] });
    await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(8_500_000))
      .expect(201);
    const portfolio = await holder.get('/api/me/portfolio').expect(200);
    const ids = portfolio.body.items.map((i: { assignment: { id: string } }) => i.assignment.id);
    expect(ids).toContain(id);
    expect(
      portfolio.body.items.every((i: { regionId: string }) => i.regionId === region.regionId),
    ).toBe(true);
    expect(itemOf(portfolio.body)).toMatchObject({
      programme: { id: programmeId, year: 2025 },
      usedCents: 8_500_000,
      ceilingCents: 10_000_000,
      shareUsed: 0.85,
      nextReportBack: '2026-02-01',
      alerts: [{ kind: 'ceiling', usedCents: 8_500_000, ceilingCents: 10_000_000 }],
    });
    // The next day's page has the next day's alerts, though no data changed since.
    process.env.KOERS_TODAY = '2026-06-01';
    try {
      const later = await holder.get('/api/me/portfolio').expect(200);
      expect(itemOf(later.body)).toMatchObject({
        today: '2026-06-01',
        nextReportBack: null,
        alerts: [
          { kind: 'ceiling', usedCents: 8_500_000, ceilingCents: 10_000_000 },
          { kind: 'term', validUntil: '2026-06-30', daysLeft: 29 },
          { kind: 'report_back', date: '2026-02-01' },
        ],
      });
    } finally {
      process.env.KOERS_TODAY = '2025-12-01';
    }
    // Someone who holds nothing gets an empty list; without a session, 401.
    expect((await bureau.get('/api/me/portfolio').expect(200)).body.items).toEqual([]);
    await request(t.http).get('/api/me/portfolio').expect(401);
  });

  it('refuses a negative amount, a date outside the term and a stale version, naming the field', async () => {
    const id = await newAssignment();
    const negative = await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(-1))
      .expect(400);
    expect(negative.body.errors.map((e: { field: string }) => e.field)).toEqual(['amountCents']);
    const outside = await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(100, { decidedOn: '2026-01-05' }))
      .expect(400);
    expect(outside.body.errors[0].field).toBe('decidedOn');
    const created = await holder
      .post(`/api/assignments/${id}/mandate/decisions`)
      .send(decision(100))
      .expect(201);
    const path = `/api/assignments/${id}/mandate/decisions/${created.body.id}`;
    const changed = await holder.patch(path).send({ amountCents: 200, version: 1 }).expect(200);
    expect(changed.body.version).toBe(2);
    const stale = await bureau.patch(path).send({ amountCents: 300, version: 1 }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'MANDATE_DECISION_VERSION_CONFLICT',
      currentVersion: 2,
    });
    const audit = await sql(
      `SELECT action FROM audit_records WHERE entity = 'mandate_decision' AND entity_id = $1 ORDER BY occurred_at`,
      [created.body.id],
    );
    expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('lets only the own portfolio holder and the bureau write; another region does not see it', async () => {
    const others = await newAssignment({}, region.personIds[1]);
    const forbidden = await holder
      .post(`/api/assignments/${others}/mandate/decisions`)
      .send(decision(100))
      .expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    const board = await signInAs(t, { roles: [{ regionId: region.regionId, role: 'board' }] });
    await board.get(`/api/assignments/${others}/mandate`).expect(200);
    await board
      .post(`/api/assignments/${others}/mandate/decisions`)
      .send(decision(100))
      .expect(403);
    const stranger = await signInAs(t, { roles: [{ regionId: other.regionId, role: 'bureau' }] });
    const hidden = await stranger.get(`/api/assignments/${others}/mandate`).expect(404);
    expect(hidden.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    await stranger
      .post(`/api/assignments/${others}/mandate/decisions`)
      .send(decision(100))
      .expect(404);
  });

  it('lets a council read a mandate once the programme is adopted, not while it is with the councils', async () => {
    const id = await newAssignment();
    const council = await signInAs(t, {
      roles: [
        { regionId: region.regionId, role: 'council', municipalityId: region.municipalityIds[0] },
      ],
    });
    await sql(`UPDATE programmes SET status = 'consultation' WHERE id = $1`, [programmeId]);
    await council.get(`/api/assignments/${id}/mandate`).expect(404);
    await sql(`UPDATE programmes SET status = 'in_execution' WHERE id = $1`, [programmeId]);
    await council.get(`/api/assignments/${id}/mandate`).expect(200);
    await council.post(`/api/assignments/${id}/mandate/decisions`).send(decision(100)).expect(403);
    await sql(`UPDATE programmes SET status = 'draft' WHERE id = $1`, [programmeId]);
  });

  it('refuses a region setting outside the two rules, or an empty sentence', async () => {
    const current = await api.get(`/api/regions/${other.regionId}`).expect(200);
    const bad = await api
      .patch(`/api/regions/${other.regionId}`)
      .send({
        mandateOverrun: 'ignore',
        mandateOverrunSentence: ' ',
        version: current.body.version,
      })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'mandateOverrun',
      'mandateOverrunSentence',
    ]);
  });
});
