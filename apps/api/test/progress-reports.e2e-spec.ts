import type {
  AssignmentProgressResponse,
  ProgressOverviewResponse,
  ProgressReportResponse,
  ReportingCalendarResponse,
  ReportingPeriodListResponse,
} from '@koers/contracts';
import { Client } from 'pg';
import { Clock } from '../src/common/clock';
import {
  assignmentBody,
  createProgrammeWithAssignments,
  transition,
} from './factories/council-cycle';
import type { RegionFixture } from './factories/programme-fixtures';
import { UNKNOWN_ID } from './factories/reference-data';
import { Agent, signInAs } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 16 §1 §2: reporting periods and progress reports, on real PostgreSQL. */
describe('reporting periods and progress reports', () => {
  let t: TestApp;
  let admin: Agent;
  let bureau: Agent;
  let holder: Agent;
  let otherHolder: Agent;
  let council: Agent;
  let db: Client;
  let region: RegionFixture;
  let programmeId: string;
  let assignmentIds: string[];
  let today = '2025-06-15';

  const reports = (id = assignmentIds[0]) => `/api/assignments/${id}/progress-reports`;
  const progress = async (id = assignmentIds[0]) =>
    (await admin.get(reports(id)).expect(200)).body as AssignmentProgressResponse;

  /** A full report body on assignment 0 for period `index`. */
  async function reportBody(index = 0, overrides: object = {}) {
    const p = await progress();
    return {
      periodId: p.periods[index].period.id,
      course: 'aandacht_nodig',
      courseExplanation: 'De aanbesteding loopt twee maanden uit.',
      delivered: 'Plan van aanpak vastgesteld; eerste werksessies met de gemeenten.',
      milestones: [
        { title: 'Plan van aanpak', plannedOn: '2025-02-01', doneOn: '2025-02-20' },
        { title: 'Aanbesteding gegund', plannedOn: '2025-04-01', doneOn: null },
        { title: 'Oplevering', plannedOn: '2025-11-01', doneOn: null },
      ],
      money: [
        { budgetLineId: p.budgetLines[0].id, committedCents: 600_000, spentCents: 400_000 },
        {
          budgetLineId: p.budgetLines[1].id,
          committedCents: 600_000,
          spentCents: 550_000,
          explanation: 'Extra onderzoek op verzoek van de provincie.',
        },
      ],
      capacity: [{ capacityLineId: p.capacityLines[0].id, fte: 0.4, hours: null }],
      kpiValues: [
        { kpiId: p.kpis[0].id, value: '12', measuredOn: '2025-04-15', source: 'Eigen telling' },
      ],
      risks: [
        {
          description: 'Netcongestie vertraagt de laadpleinen',
          likelihood: 'high',
          impact: 'medium',
          measure: 'Vroeg overleg met de netbeheerder',
        },
      ],
      ...overrides,
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.asAdmin();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    const created = await createProgrammeWithAssignments(admin, t.db.url, {
      year: 2025,
      count: 2,
      assignment: (i, r) =>
        assignmentBody(r, i, {
          portfolioHolderId: r.personIds[i],
          leadId: r.personIds[2],
          budgetLines: [
            {
              fundingSource: 'member_contribution',
              sourceName: 'Inwonerbijdrage',
              year: 2025,
              amountCents: 1_000_000,
            },
            {
              fundingSource: 'province',
              sourceName: 'Provincie',
              year: 2025,
              amountCents: 500_000,
            },
          ],
          kpis: [{ name: `Laadpunten ${i}`, unit: 'stuks', baseline: '0', target: '40' }],
        }),
    });
    region = created.region;
    programmeId = created.programme.id;
    assignmentIds = created.assignments.map((a) => a.id);
    const roles = (role: 'bureau' | 'council' | 'portfolio_holder', personId?: string) => ({
      roles: [
        {
          regionId: region.regionId,
          role,
          personId,
          municipalityId: role === 'council' ? region.municipalityIds[0] : undefined,
        },
      ],
    });
    bureau = await signInAs(t, { name: 'Bea Bureau', ...roles('bureau') });
    holder = await signInAs(t, {
      name: 'Paula Portefeuille',
      ...roles('portfolio_holder', region.personIds[0]),
    });
    otherHolder = await signInAs(t, roles('portfolio_holder', region.personIds[1]));
    council = await signInAs(t, roles('council'));
    today = '2025-01-06';
    await transition(admin, programmeId, 'proposed').expect(200);
    await transition(admin, programmeId, 'consultation', undefined, {
      sentOn: '2025-01-06',
    }).expect(200);
    today = '2025-04-10'; // the 12 weeks for views have passed
    await transition(admin, programmeId, 'adopted').expect(200);
    await transition(admin, programmeId, 'in_execution').expect(200);
    today = '2025-06-15';
  }, 90_000);
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('gives a programme entering execution the periods of the default calendar', async () => {
    const periods = (
      await council.get(`/api/programmes/${programmeId}/reporting-periods`).expect(200)
    ).body as ReportingPeriodListResponse;
    expect(periods.items.map((p) => [p.title, p.dataUntil, p.dueOn, p.state])).toEqual([
      ['Voorjaarsrapportage 2025', '2025-04-30', '2025-05-31', 'overdue'],
      ['Najaarsrapportage 2025', '2025-08-31', '2025-09-30', 'open'],
    ]);
  });

  it('lets the bureau change the calendar at the version read, and names the field of a bad day', async () => {
    const path = `/api/regions/${region.regionId}/reporting-calendar`;
    const calendar = (await council.get(path).expect(200)).body as ReportingCalendarResponse;
    expect(calendar).toMatchObject({ isDefault: true, version: 1 });
    const entries = [
      { kind: 'q1', title: 'Eerste kwartaal', dataUntil: '03-31', dueOn: '04-30' },
      { kind: 'voorjaar', title: 'Voorjaarsrapportage', dataUntil: '04-30', dueOn: '05-31' },
      { kind: 'najaar', title: 'Najaarsrapportage', dataUntil: '08-31', dueOn: '09-30' },
    ];
    await council.put(path).send({ entries, version: 1 }).expect(403);
    const bad = await bureau
      .put(path)
      .send({ entries: [{ ...entries[0], dueOn: '03-01' }], version: 1 })
      .expect(400);
    expect(bad.body.errors).toEqual([
      {
        field: 'entries[0].dueOn',
        message: 'mag niet vóór de datum liggen tot wanneer de gegevens lopen',
      },
    ]);
    const saved = await bureau.put(path).send({ entries, version: 1 }).expect(200);
    expect(saved.body).toMatchObject({ isDefault: false, version: 2, entries });
    const stale = await bureau.put(path).set('If-Match', '"1"').send({ entries }).expect(409);
    expect(stale.body.code).toBe('REPORTING_CALENDAR_VERSION_CONFLICT');
    const { rows } = await db.query(
      `SELECT actor_name FROM audit_records WHERE entity = 'reporting_calendar' AND entity_id = $1`,
      [region.regionId],
    );
    expect(rows).toEqual([{ actor_name: 'Bea Bureau' }]);

    // A programme entering execution from now on gets the three periods.
    const next = await createProgrammeWithAssignments(admin, t.db.url, {
      year: 2024,
      count: 1,
      region,
    });
    today = '2024-01-08';
    await transition(admin, next.programme.id, 'proposed').expect(200);
    await transition(admin, next.programme.id, 'consultation', undefined, {
      sentOn: '2024-01-08',
    }).expect(200);
    today = '2024-06-01';
    await transition(admin, next.programme.id, 'adopted').expect(200);
    await transition(admin, next.programme.id, 'in_execution').expect(200);
    today = '2025-06-15';
    const periods = (
      await admin.get(`/api/programmes/${next.programme.id}/reporting-periods`).expect(200)
    ).body as ReportingPeriodListResponse;
    expect(periods.items.map((p) => p.title)).toEqual([
      'Eerste kwartaal 2024',
      'Voorjaarsrapportage 2024',
      'Najaarsrapportage 2024',
    ]);
    // Not of this programme: the period of another programme is refused, naming periodId.
    const other = await holder
      .post(reports())
      .send(await reportBody(0, { periodId: periods.items[0].id }))
      .expect(400);
    expect(other.body.errors).toEqual([
      {
        field: 'periodId',
        message: 'is geen rapportageperiode van het programma 2025 van deze opdracht',
      },
    ]);
  });

  it('refuses bad lines naming the field, and stores nothing of a refused report', async () => {
    const other = await progress(assignmentIds[1]);
    const cases: [object, string, string][] = [
      [
        { periodId: UNKNOWN_ID },
        'periodId',
        'is geen rapportageperiode van het programma 2025 van deze opdracht',
      ],
      [
        { money: [{ budgetLineId: other.budgetLines[0].id, committedCents: 1, spentCents: 1 }] },
        'money.0.budgetLineId',
        'is geen begrotingsregel van deze opdracht',
      ],
      [
        {
          kpiValues: [
            { kpiId: other.kpis[0].id, value: '3', measuredOn: '2025-04-01', source: 'x' },
          ],
        },
        'kpiValues.0.kpiId',
        'is geen KPI van deze opdracht',
      ],
      [
        { courseExplanation: ' ' },
        'courseExplanation',
        'is verplicht als de opdracht niet op koers is',
      ],
    ];
    for (const [overrides, field, message] of cases) {
      const res = await holder
        .post(reports())
        .send(await reportBody(0, overrides))
        .expect(400);
      expect(res.body.errors).toEqual([{ field, message }]);
    }
    const body = await reportBody();
    const negative = await holder
      .post(reports())
      .send({ ...body, money: [{ ...body.money[0], spentCents: -1 }] })
      .expect(400);
    expect(negative.body.errors[0].field).toBe('money.0.spentCents');
    const over = await holder
      .post(reports())
      .send({ ...body, money: [{ ...body.money[1], explanation: '' }] })
      .expect(400);
    expect(over.body.errors).toEqual([
      { field: 'money.0.explanation', message: 'is verplicht: er is meer uitgegeven dan begroot' },
    ]);
    const counts = await db.query(
      `SELECT (SELECT count(*) FROM progress_reports)::int AS reports,
              (SELECT count(*) FROM progress_report_money)::int AS money,
              (SELECT count(*) FROM progress_report_milestones)::int AS milestones`,
    );
    expect(counts.rows[0]).toEqual({ reports: 0, money: 0, milestones: 0 });
  });

  it('lets only the assignment’s own portfolio holder, its lead or the bureau write; a council reads', async () => {
    await otherHolder
      .post(reports())
      .send(await reportBody())
      .expect(403);
    await council
      .post(reports())
      .send(await reportBody())
      .expect(403);
    expect((await otherHolder.get(reports()).expect(200)).body.mayWrite).toBe(false);
    expect((await holder.get(reports()).expect(200)).body.mayWrite).toBe(true);
  });

  it('runs a report from draft through return and resubmission to accepted, frozen after', async () => {
    const created = await holder
      .post(reports())
      .send(await reportBody())
      .expect(201);
    const report = created.body as ProgressReportResponse;
    expect(report).toMatchObject({
      state: 'draft',
      course: 'aandacht_nodig',
      periodTitle: 'Voorjaarsrapportage 2025',
      createdBy: 'Paula Portefeuille',
      version: 1,
    });
    expect(
      report.money.map((m) => [m.budgetCents, m.spentCents, m.remainingCents, m.overBudget]),
    ).toEqual([
      [1_000_000, 400_000, 600_000, false],
      [500_000, 550_000, -50_000, true],
    ]);
    // As of the data date (30 April): done late, not done and past plan, not yet due.
    expect(report.milestones.map((m) => m.late)).toEqual([true, true, false]);
    expect(report.kpiValues[0]).toMatchObject({ value: '12', baseline: '0', target: '40' });
    expect(report.capacity[0]).toMatchObject({ pledgedFte: 0.5, fte: 0.4 });

    const again = await holder
      .post(reports())
      .send(await reportBody())
      .expect(409);
    expect(again.body).toMatchObject({
      code: 'PROGRESS_REPORT_EXISTS',
      errors: [{ field: 'periodId', message: 'heeft voor deze opdracht al een rapportage' }],
    });

    const at = `${reports()}/${report.id}`;
    const body = await reportBody();
    const content: Record<string, unknown> = { ...body };
    delete content.periodId;
    await holder
      .put(at)
      .send({ ...content, version: 2 })
      .expect(409);
    const updated = await holder
      .put(at)
      .send({ ...content, course: 'op_koers', courseExplanation: '', version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ course: 'op_koers', version: 2 });
    await holder.post(`${at}/submit`).send({ version: 2 }).expect(200);
    const waiting = await holder
      .put(at)
      .send({ ...content, version: 3 })
      .expect(409);
    expect(waiting.body.code).toBe('PROGRESS_REPORT_NOT_EDITABLE');
    await holder.post(`${at}/accept`).send({ version: 3 }).expect(403);
    const returned = await bureau
      .post(`${at}/return`)
      .send({ version: 3, comment: 'Licht de overschrijding toe in het verhaal.' })
      .expect(200);
    expect(returned.body).toMatchObject({
      state: 'returned',
      reviewComment: 'Licht de overschrijding toe in het verhaal.',
      reviewedBy: 'Bea Bureau',
    });
    await holder
      .put(at)
      .send({ ...content, version: 4 })
      .expect(200);
    await holder.post(`${at}/submit`).set('If-Match', '"5"').send({}).expect(200);
    const accepted = await bureau.post(`${at}/accept`).send({ version: 6 }).expect(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 7 });
    const frozen = await holder
      .put(at)
      .send({ ...content, version: 7 })
      .expect(409);
    expect(frozen.body.code).toBe('PROGRESS_REPORT_FROZEN');
    await bureau.post(`${at}/return`).send({ version: 7, comment: 'x' }).expect(409);

    const { rows } = await db.query(
      `SELECT action, actor_name FROM audit_records WHERE entity = 'progress_report' AND entity_id = $1 ORDER BY id`,
      [report.id],
    );
    expect(rows.map((r) => `${r.action} ${r.actor_name}`)).toEqual([
      'create Paula Portefeuille',
      'update Paula Portefeuille',
      'transition Paula Portefeuille',
      'transition Bea Bureau',
      'update Paula Portefeuille',
      'transition Paula Portefeuille',
      'transition Bea Bureau',
    ]);
    // A council clerk reads the accepted report.
    const read = (await council.get(at).expect(200)).body as ProgressReportResponse;
    expect(read.state).toBe('accepted');
  });

  it('shows the bureau per period which reports are missing, late or accepted', async () => {
    const overview = (
      await bureau.get(`/api/programmes/${programmeId}/progress-overview`).expect(200)
    ).body as ProgressOverviewResponse;
    const [spring, autumn] = overview.periods;
    expect(spring.counts).toEqual({
      missing: 1,
      draft: 0,
      submitted: 0,
      returned: 0,
      accepted: 1,
      late: 1,
    });
    expect(spring.assignments.map((a) => [a.status, a.late])).toEqual([
      ['accepted', false],
      ['missing', true],
    ]);
    expect(autumn.counts).toMatchObject({ missing: 2, late: 0 });
  });

  it('refuses reports on a programme that is not in execution', async () => {
    const draft = await createProgrammeWithAssignments(admin, t.db.url, {
      year: 2030,
      count: 1,
      region,
    });
    const res = await admin
      .post(`/api/assignments/${draft.assignments[0].id}/progress-reports`)
      .send({ periodId: UNKNOWN_ID, course: 'op_koers' })
      .expect(409);
    expect(res.body.code).toBe('PROGRAMME_NOT_IN_EXECUTION');
    expect(
      (await admin.get(`/api/assignments/${draft.assignments[0].id}/progress-reports`).expect(200))
        .body,
    ).toMatchObject({ mayWrite: false, periods: [] });
  });
});
