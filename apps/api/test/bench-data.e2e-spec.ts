import { Client } from 'pg';
import { BenchScale } from '../src/bench/bench-scale';
import { BenchDataResult, generateBenchData } from '../src/bench/generate-data';
import { buildReferenceModel } from '../src/bench/reference-model';
import { signIn, SignedInAgent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** The benchmark generator at a tiny scale; its output must be what the API itself would accept. */
const TINY: BenchScale = {
  name: 'tiny',
  seed: 20_260_701,
  regions: 2,
  // 2027 in consultation, 2026 in execution, 2025 closed: reports of a past year too.
  years: 3,
  lastYear: 2027,
  assignmentsPerProgramme: 6,
  auditEditsPerAssignment: 2,
  busyEntityAuditRecords: 120,
};

describe('benchmark data generator (tiny scale, read back through the API)', () => {
  let t: TestApp;
  let db: Client;
  let result: BenchDataResult;
  let bureau: SignedInAgent;
  let admin: SignedInAgent;

  beforeAll(async () => {
    t = await startTestApp();
    db = new Client({ connectionString: t.db.url });
    await db.connect();
    result = await generateBenchData(db, TINY);
    bureau = await signIn(t.http, result.target.email, result.password);
    admin = await signIn(t.http, 'admin@bench.koers', result.password);
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('builds the same national model for the same seed: 342 municipalities in 1–3 of 60 regions', () => {
    const model = buildReferenceModel(TINY.seed);
    expect(buildReferenceModel(TINY.seed)).toEqual(model);
    expect(model.municipalities).toHaveLength(342);
    expect(model.regions).toHaveLength(60);
    expect(new Set(model.municipalities.map((m) => m.cbsCode)).size).toBe(342);
    for (const m of model.municipalities) {
      const regions = model.regions.filter((r) => r.members.includes(m.index)).length;
      expect(regions).toBeGreaterThanOrEqual(1);
      expect(regions).toBeLessThanOrEqual(3);
    }
  });

  it('reads the target programme with totals that match its budget lines to the cent', async () => {
    const { programmeId } = result.target;
    const res = await bureau.get(`/api/programmes/${programmeId}`).expect(200);
    const { rows } = await db.query<{ sum: string }>(
      `SELECT sum(b.amount_cents) AS sum FROM assignment_budget_lines b
         JOIN assignments a ON a.id = b.assignment_id WHERE a.programme_id = $1`,
      [programmeId],
    );
    expect(res.body).toMatchObject({ status: 'consultation', year: 2027, assignmentCount: 6 });
    expect(res.body.totals.budgetTotalCents).toBe(Number(rows[0].sum));
    expect(res.body.versionCount).toBeGreaterThanOrEqual(1);
    const versions = await bureau.get(`/api/programmes/${programmeId}/versions`).expect(200);
    const numbers = (versions.body.items ?? versions.body).map((v: { number: number }) => v.number);
    expect([...numbers].sort()).toEqual(numbers.map((_: number, i: number) => i + 1));

    const page = await bureau.get(`/api/programmes/${programmeId}/assignments?limit=4&offset=2`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 6, limit: 4, offset: 2 });
    for (const item of page.body.items) {
      expect(Number.isSafeInteger(item.budgetTotalCents)).toBe(true);
      expect(item.budgetTotalCents).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives every programme of every region a valid matrix and a split that sums to the cent', async () => {
    const { rows: programmes } = await db.query<{ id: string; status: string; members: string }>(
      `SELECT p.id, p.status,
              (SELECT count(*) FROM municipalities m WHERE m.region_id = p.region_id) AS members
         FROM programmes p ORDER BY p.region_id, p.year`,
    );
    expect(programmes).toHaveLength(TINY.regions * TINY.years);
    for (const programme of programmes) {
      await admin.get(`/api/programmes/${programme.id}`).expect(200);
      const matrix = await admin.get(`/api/programmes/${programme.id}/council-decisions`);
      expect(matrix.status).toBe(200);
      expect(matrix.body.counts.total).toBe(Number(programme.members));
      if (programme.status !== 'consultation') {
        expect(matrix.body.counts.responded).toBe(matrix.body.counts.total);
        expect(matrix.body.counts.unansweredViewPoints).toBe(0);
      }
      const split = await admin.get(`/api/programmes/${programme.id}/contributions`);
      expect(split.status).toBe(200);
      for (const a of split.body.assignments) {
        expect(a.balanced).toBe(true);
        expect(a.splitTotalCents).toBe(a.amountCents);
      }
      const paid = split.body.municipalities.reduce(
        (sum: number, m: { totalCents: number }) => sum + m.totalCents,
        0,
      );
      expect(paid).toBe(split.body.totalCents);
    }
  });

  it('answers the council summary, the late audit page and keeps the invariants in SQL', async () => {
    const { programmeId, municipalityId } = result.target;
    await bureau
      .get(`/api/programmes/${programmeId}/municipalities/${municipalityId}/summary`)
      .expect(200);
    const first = await bureau.get(`/api/audit?entity=programme&entityId=${programmeId}&limit=1`);
    expect(first.body.total).toBeGreaterThan(TINY.busyEntityAuditRecords);
    const late = await bureau
      .get(
        `/api/audit?entity=programme&entityId=${programmeId}&limit=50&offset=${first.body.total - 50}`,
      )
      .expect(200);
    expect(late.body.items).toHaveLength(50);

    const { rows } = await db.query<{ bad: string }>(`
      SELECT (SELECT count(*) FROM municipalities WHERE cbs_code !~ '^GM[0-9]{4}$')
           + (SELECT count(*) FROM assignment_budget_lines WHERE amount_cents < 0)
           + (SELECT count(*) FROM programmes p WHERE (SELECT count(*) FROM council_decisions d
                WHERE d.programme_id = p.id) <> (SELECT count(*) FROM municipalities m
                WHERE m.region_id = p.region_id))
           + (SELECT count(*) FROM programmes p WHERE p.current_version_number <> (SELECT count(*)
                FROM programme_versions v WHERE v.programme_id = p.id))
           + (SELECT count(*) FROM regions r WHERE NOT EXISTS (SELECT 1 FROM role_assignments ra
                WHERE ra.region_id = r.id AND ra.role = 'bureau')) AS bad`);
    expect(Number(rows[0].bad)).toBe(0);
  });

  it('gives each closed programme two periods of accepted reports that the roll-up reads', async () => {
    const { rows } = await db.query<{ id: string; year: number }>(
      `SELECT id, year FROM programmes WHERE status = 'closed' ORDER BY region_id, year`,
    );
    expect(rows.length).toBe(TINY.regions * (TINY.years - 2));
    for (const programme of rows) {
      const list = await admin
        .get(`/api/programmes/${programme.id}/bestuursrapportages`)
        .expect(200);
      expect(list.body.map((p: { title: string }) => p.title)).toEqual([
        `Voorjaarsrapportage ${programme.year}`,
        `Najaarsrapportage ${programme.year}`,
      ]);
      for (const period of list.body as { periodId: string }[]) {
        const rollup = await admin
          .get(`/api/programmes/${programme.id}/reporting-periods/${period.periodId}/rollup`)
          .expect(200);
        expect(rollup.body.counts.no_report).toBe(0);
        expect(rollup.body.counts.total).toBe(TINY.assignmentsPerProgramme);
        expect(rollup.body.total.spentCents).toBeGreaterThan(0);
        expect(rollup.body.kpis.length).toBeGreaterThan(0);
      }
    }
  });

  it('gives the programme in execution two periods of progress reports that the API reads', async () => {
    // Two periods for each programme in execution or closed: two of the three years per region.
    expect(result.counts.reporting_periods).toBe(TINY.regions * 2 * 2);
    expect(result.counts.progress_reports).toBeGreaterThan(0);
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM programmes WHERE status = 'in_execution' ORDER BY region_id LIMIT 1`,
    );
    const overview = await admin.get(`/api/programmes/${rows[0].id}/progress-overview`).expect(200);
    const [spring, autumn] = overview.body.periods;
    expect(spring.counts.accepted).toBe(TINY.assignmentsPerProgramme);
    expect(autumn.counts.submitted + autumn.counts.missing).toBe(TINY.assignmentsPerProgramme);
    const reported = spring.assignments[0];
    const progress = await admin
      .get(`/api/assignments/${reported.assignmentId}/progress-reports`)
      .expect(200);
    const report = progress.body.periods[0].report;
    expect(report.money).toHaveLength(progress.body.budgetLines.length);
    for (const m of report.money) {
      expect(m.spentCents + m.remainingCents).toBe(m.budgetCents);
      if (m.overBudget) expect(m.explanation).not.toBe('');
    }
    expect(report.kpiValues).toHaveLength(progress.body.kpis.length);
  });
});
