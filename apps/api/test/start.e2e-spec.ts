import type { StartResponse } from '@koers/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { Clock } from '../src/common/clock';
import {
  createMreProgramme,
  createMreRegion,
  MreFixture,
  sendToCouncils,
} from './factories/council-cycle-d';
import { createMunicipality, createRegion } from './factories/reference-data';
import { createUser, signIn, signInAs, type Agent } from './support/accounts';
import { countStatements } from './support/statement-count';
import { startTestApp, TestApp } from './support/test-app';

describe('GET /api/me/start: what waits for each role, in its own region only', () => {
  let t: TestApp;
  let api: Agent;
  let mre: MreFixture;
  let programmeId: string;
  let otherRegionId: string;
  let deadline: string;
  const today = '2026-05-20';

  const startOf = async (agent: Agent): Promise<StartResponse> =>
    (await agent.get('/api/me/start').expect(200)).body as StartResponse;
  const as = (role: Parameters<typeof signInAs>[1]) => signInAs(t, role);
  const sql = async (text: string, params: unknown[]) => {
    const client = new Client({ connectionString: t.db.url });
    await client.connect();
    try {
      await client.query(text, params);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    mre = await createMreRegion(api);
    await createMreProgramme(api, mre, 2025, 0.5);
    ({ programmeId } = await createMreProgramme(api, mre, 2026));
    ({ deadline } = await sendToCouncils(api, t.db.url, programmeId, '2026-03-02'));
    // Best decided with a view of one point, not yet answered; Asten agreed.
    for (const [name, body] of [
      ['Best', { status: 'view_submitted', viewPoints: [{ text: 'Minder voor A2.' }] }],
      ['Asten', { status: 'no_view' }],
    ] as const) {
      const path = `/api/programmes/${programmeId}/council-decisions/${mre.byName(name).id}`;
      const current = await api.get(path).expect(200);
      await api
        .put(path)
        .send({ ...body, decisionDate: '2026-05-12', version: current.body.version })
        .expect(200);
    }
    // Asten was shown another amount than it pays today.
    await sql(
      `UPDATE council_decisions SET shown_total_cents = shown_total_cents + 100
        WHERE programme_id = $1 AND municipality_id = $2`,
      [programmeId, mre.byName('Asten').id],
    );
    const other = await createRegion(api, {});
    otherRegionId = other.id;
    await api
      .post(`/api/regions/${other.id}/programmes`)
      .send({ year: 2026, title: 'Programma van een andere regio' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('refuses a visitor', async () => {
    await request(t.http).get('/api/me/start').expect(401);
  });

  it('shows the bureau its programmes with the councils pending, due soon, overdue and changed', async () => {
    const bureau = await as({ roles: [{ regionId: mre.region.id, role: 'bureau' }] });
    const { result: start, statements } = await countStatements(() => startOf(bureau));
    expect(start.regions).toEqual([
      { regionId: mre.region.id, regionName: mre.region.name, roles: ['bureau'] },
    ]);
    expect(start.programmes.map((p) => p.year)).toEqual([2026, 2025]);
    const current = start.programmes[0];
    expect(current).toMatchObject({
      id: programmeId,
      status: 'consultation',
      consultationDeadline: deadline,
      daysLeft: 5,
      unansweredViewPoints: 1,
      nextStep: { to: 'adopted', ready: false, refusal: 'PROGRAMME_COUNCILS_PENDING' },
      awaitsBoard: false,
    });
    // 21 councils, 2 decided; the deadline is 5 days away, so every pending one is due soon.
    expect(current.councils).toMatchObject({ total: 21, pending: 19, dueSoon: 19, overdue: 0 });
    expect(current.councils?.amountChanged.map((m) => m.name)).toEqual(['Asten']);
    // The draft of 2025 waits for the board to propose it.
    expect(start.programmes[1]).toMatchObject({
      status: 'draft',
      councils: null,
      nextStep: { to: 'proposed', roles: ['board'], ready: true },
      awaitsBoard: true,
    });
    // Nothing of the other region, nothing of a clerk's, a holder's or an admin's page.
    expect(start.programmes.every((p) => p.regionId === mre.region.id)).toBe(true);
    expect(start.councils).toEqual([]);
    expect(start.assignments).toEqual([]);
    expect(start.accounts).toEqual([]);
    // A fixed number of statements, whatever the number of programmes and councils.
    expect(statements.length).toBeLessThanOrEqual(12);
  });

  it('counts the councils overdue once the deadline has passed, and then the board may adopt', async () => {
    const bureau = await as({ roles: [{ regionId: mre.region.id, role: 'bureau' }] });
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => '2026-06-01');
    try {
      const [current] = (await startOf(bureau)).programmes;
      expect(current.councils).toMatchObject({ pending: 19, dueSoon: 0, overdue: 19 });
      expect(current.daysLeft).toBeLessThan(0);
      // One view point is still unanswered: the adoption does not await the board yet.
      expect(current.nextStep).toMatchObject({
        ready: false,
        refusal: 'PROGRAMME_HAS_UNANSWERED_VIEWS',
      });
    } finally {
      jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    }
  });

  it('shows a council clerk only their own municipality: deadline, days left, amount, decision', async () => {
    const clerk = await as({
      roles: [{ regionId: mre.region.id, role: 'council', municipalityId: mre.byName('Best').id }],
    });
    const start = await startOf(clerk);
    expect(start.programmes).toEqual([]);
    expect(start.councils).toHaveLength(1);
    const [ours] = start.councils;
    expect(ours.municipality.name).toBe('Best');
    expect(ours.programme).toMatchObject({
      id: programmeId,
      year: 2026,
      deadline,
      daysLeft: 5,
      decisionStatus: 'view_submitted',
      decisionDate: '2026-05-12',
      hasResponseMemo: true,
    });
    expect(ours.programme?.totalCents).toBeGreaterThan(0);
    // 2025 was the same programme at half the amounts: the change is the other half.
    const { totalCents, previousYearTotalCents, differenceCents } = ours.programme!;
    expect(Math.abs(previousYearTotalCents! * 2 - totalCents!)).toBeLessThanOrEqual(2);
    expect(previousYearTotalCents! + differenceCents!).toBe(totalCents);
  });

  it('shows a clerk no programme while none was sent to the councils', async () => {
    const region = await createRegion(api, {});
    const municipality = await createMunicipality(api, region.id, { name: 'Stilleven' });
    await api
      .post(`/api/regions/${region.id}/programmes`)
      .send({ year: 2026, title: 'Nog een concept' })
      .expect(201);
    const clerk = await as({
      roles: [{ regionId: region.id, role: 'council', municipalityId: municipality.id }],
    });
    const start = await startOf(clerk);
    expect(start.councils).toEqual([
      expect.objectContaining({
        municipality: expect.objectContaining({ name: 'Stilleven' }),
        programme: null,
      }),
    ]);
    expect(start.programmes).toEqual([]);
  });

  it('shows a portfolio holder the assignments they hold, with mandate use, report-back and alerts', async () => {
    const holder = await as({
      roles: [{ regionId: mre.region.id, role: 'portfolio_holder', personId: mre.holder.id }],
    });
    const start = await startOf(holder);
    expect(start.assignments.map((a) => `${a.year} ${a.code}`)).toEqual([
      '2026 A1',
      '2026 A2',
      '2026 A3',
      '2026 A4',
      '2025 A1',
      '2025 A2',
      '2025 A3',
      '2025 A4',
    ]);
    // What is used of the mandate, and its alerts, come with each assignment (issue 18 §1).
    const a1 = start.assignments.find((a) => a.year === 2025 && a.code === 'A1')!;
    await sql(
      `UPDATE assignments SET mandate_budget_ceiling_cents = 100000000,
              mandate_valid_until = '2026-06-10', mandate_report_back_dates = '{2026-05-01,2026-09-01}'
        WHERE id = $1`,
      [a1.id],
    );
    await sql(
      `INSERT INTO mandate_decisions (region_id, programme_id, assignment_id, decided_on, description,
                                      amount_cents, decided_by, escalated)
       VALUES ($1, $2, $3, '2026-04-01', 'Opdracht aan onderzoeksbureau', 85000000, 'portfolio_holder', false),
              ($1, $2, $3, '2026-04-15', 'Voorgelegd aan het bestuur', 30000000, 'steering_group', true)`,
      [mre.region.id, a1.programmeId, a1.id],
    );
    const used = (await startOf(holder)).assignments.find((a) => a.id === a1.id)!;
    expect(used.mandate).toEqual(
      expect.objectContaining({
        ceilingCents: 100_000_000,
        usedCents: 85_000_000,
        remainingCents: 15_000_000,
        escalatedCents: 30_000_000,
        validUntil: '2026-06-10',
        nextReportBack: '2026-09-01',
      }),
    );
    expect(used.mandate.alerts).toEqual([
      { kind: 'ceiling', usedCents: 85_000_000, ceilingCents: 100_000_000 },
      { kind: 'term', validUntil: '2026-06-10', daysLeft: 21 },
      { kind: 'report_back', date: '2026-05-01' },
    ]);
    const someoneElse = await as({
      roles: [{ regionId: mre.region.id, role: 'portfolio_holder', personId: mre.lead.id }],
    });
    expect((await startOf(someoneElse)).assignments).toEqual([]);
  });

  it('shows the board what awaits its decision and the open points', async () => {
    const board = await as({ roles: [{ regionId: mre.region.id, role: 'board' }] });
    const start = await startOf(board);
    expect(start.programmes.filter((p) => p.awaitsBoard).map((p) => p.year)).toEqual([2025]);
    expect(start.programmes[0].unansweredViewPoints).toBe(1);
  });

  it('shows an admin the accounts that need attention, and an observer the programmes', async () => {
    const gone = await createUser(t.db.url, {
      roles: [{ regionId: mre.region.id, role: 'observer' }],
    });
    await sql('UPDATE users SET active = false WHERE id = $1', [gone.id]);
    const elsewhere = await createUser(t.db.url, {
      roles: [{ regionId: otherRegionId, role: 'observer' }],
    });
    await sql(`INSERT INTO role_invitations (user_id, region_id, role) VALUES ($1, $2, 'board')`, [
      elsewhere.id,
      mre.region.id,
    ]);
    const admin = await as({ roles: [{ regionId: mre.region.id, role: 'admin' }] });
    const start = await startOf(admin);
    expect(start.accounts).toEqual([
      { regionId: mre.region.id, regionName: mre.region.name, openInvitations: 1, deactivated: 1 },
    ]);
    const observer = await as({ roles: [{ regionId: mre.region.id, role: 'observer' }] });
    const seen = await startOf(observer);
    expect(seen.programmes.map((p) => p.year)).toEqual([2026, 2025]);
    expect(seen.accounts).toEqual([]);
  });

  it('answers a signed-in user without roles with empty lists', async () => {
    const user = await createUser(t.db.url);
    const start = await startOf(await signIn(t.http, user.email));
    expect(start).toEqual({
      today,
      regions: [],
      programmes: [],
      councils: [],
      assignments: [],
      accounts: [],
    });
  });
});
