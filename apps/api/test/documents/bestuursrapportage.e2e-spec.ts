import type { BestuursrapportageResponse, ProgrammeRollupResponse } from '@koers/contracts';
import { Client } from 'pg';
import request from 'supertest';
import { createMreProgramme, createMreRegion, MreFixture } from '../factories/council-cycle-d';
import { UNKNOWN_ID } from '../factories/reference-data';
import { Agent, signInAs } from '../support/accounts';
import { startTestApp, TestApp } from '../support/test-app';
import { allText, binary, nodesOf, readPdf } from './read-pdf';

const shown = (text: string) => text.replace(/\u00a0/g, ' ');

/** Two periods and accepted reports for A1 (on course), A2 (off course, over budget), A4 (attention). */
async function executeWithReports(dbUrl: string, programmeId: string) {
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  try {
    await db.query(`UPDATE programmes SET status = 'in_execution' WHERE id = $1`, [programmeId]);
    const { rows: periods } = await db.query<{ id: string }>(
      `INSERT INTO reporting_periods (programme_id, region_id, position, kind, title, data_until, due_on)
       SELECT id, region_id, n, k, t, d::date, d::date + 30 FROM programmes,
         (VALUES (1, 'spring', 'Voorjaarsrapportage 2025', '2025-04-30'),
                 (2, 'autumn', 'Najaarsrapportage 2025', '2025-08-31')) v(n, k, t, d)
        WHERE id = $1 ORDER BY n RETURNING id`,
      [programmeId],
    );
    const { rows: assignments } = await db.query<{ id: string; code: string; region_id: string }>(
      `SELECT id, code, region_id FROM assignments WHERE programme_id = $1 ORDER BY code`,
      [programmeId],
    );
    const byCode = (code: string) => assignments.find((a) => a.code === code)!;
    const { rows: kpis } = await db.query<{ id: string }>(
      `INSERT INTO assignment_kpis (assignment_id, region_id, name, unit, baseline, target, position)
       VALUES ($1, $2, 'Kilometers snelfietsroute', 'km', '10', '40', 0) RETURNING id`,
      [byCode('A1').id, byCode('A1').region_id],
    );
    const report = async (
      code: string,
      period: string,
      course: string,
      spend: { source: string; spent: number }[],
    ) => {
      const a = byCode(code);
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO progress_reports (programme_id, region_id, assignment_id, period_id, state, course,
                course_explanation)
         VALUES ($1, $2, $3, $4, 'accepted', $5, 'Toelichting') RETURNING id`,
        [programmeId, a.region_id, a.id, period, course],
      );
      for (const [i, s] of spend.entries()) {
        await db.query(
          `INSERT INTO progress_report_money (report_id, budget_line_id, region_id, committed_cents,
                  spent_cents, explanation, position)
           SELECT $1, b.id, b.region_id, 0, $2, 'Uitleg', $3 FROM assignment_budget_lines b
            WHERE b.assignment_id = $4 AND b.funding_source = $5`,
          [rows[0].id, s.spent, i, a.id, s.source],
        );
      }
      return rows[0].id;
    };
    const a1 = await report('A1', periods[1].id, 'op_koers', [
      { source: 'province', spent: 50_000_00 },
    ]);
    await report('A1', periods[0].id, 'op_koers', []);
    await db.query(
      `INSERT INTO progress_report_kpi_values (report_id, kpi_id, region_id, value, measured_on, source, position)
       VALUES ($1, $2, (SELECT region_id FROM progress_reports WHERE id = $1), '42', '2025-08-01', 'GIS', 0)`,
      [a1, kpis[0].id],
    );
    await db.query(
      `INSERT INTO progress_report_milestones (report_id, region_id, title, planned_on, done_on, position)
       VALUES ($1, (SELECT region_id FROM progress_reports WHERE id = $1), 'Tracé vastgesteld', '2025-06-01', NULL, 0)`,
      [a1],
    );
    await report('A2', periods[1].id, 'niet_op_koers', [
      { source: 'member_contribution', spent: 130_000_00 },
    ]);
    await report('A4', periods[1].id, 'aandacht_nodig', []);
    return {
      spring: periods[0].id,
      autumn: periods[1].id,
      addLateReport: () => report('A3', periods[1].id, 'op_koers', []),
    };
  } finally {
    await db.end();
  }
}

describe('the programme roll-up and the bestuursrapportage', () => {
  let t: TestApp;
  let admin: Agent;
  let bureau: Agent;
  let council: Agent;
  let holder: Agent;
  let mre: MreFixture;
  let programmeId: string;
  let autumn: string;
  const base = () => `/api/programmes/${programmeId}/reporting-periods/${autumn}`;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.asAdmin();
    mre = await createMreRegion(admin);
    ({ programmeId } = await createMreProgramme(admin, mre, 2025));
    ({ autumn } = await executeWithReports(t.db.url, programmeId));
    const regionId = mre.region.id;
    bureau = await signInAs(t, { name: 'Bureau MRE', roles: [{ regionId, role: 'bureau' }] });
    holder = await signInAs(t, {
      roles: [{ regionId, role: 'portfolio_holder', personId: mre.holder.id }],
    });
    council = await signInAs(t, {
      roles: [{ regionId, role: 'council', municipalityId: mre.byName('Helmond').id }],
    });
  }, 180_000);
  afterAll(() => t.close());

  it('rolls up by the stated rule: budgets on course over budgets reported, to the cent', async () => {
    const r = (await bureau.get(`${base()}/rollup`).expect(200)).body as ProgrammeRollupResponse;
    expect(r.counts).toEqual({ on_course: 1, attention: 1, off_course: 1, no_report: 1, total: 4 });
    // A1 350.000 on course; A2 120.000 and A4 90.000 reported; A3 without a report does not count.
    expect(r.onCourseShare).toEqual({
      ruleCode: 'budget-weighted-on-course-v1',
      numeratorCents: 350_000_00,
      denominatorCents: 560_000_00,
      share: 0.625,
    });
    expect(r.rule.nl).toContain('som van de begrotingen');
    expect(r.total).toMatchObject({ budgetCents: 760_000_00, spentCents: 180_000_00 });
    expect(r.bySource.find((s) => s.source === 'member_contribution')).toMatchObject({
      budgetCents: 350_000_00,
      spentCents: 130_000_00,
    });
    expect(r.overspentLines).toEqual([
      expect.objectContaining({ code: 'A2', budgetCents: 120_000_00, spentCents: 130_000_00 }),
    ]);
    expect(r.kpis).toEqual([
      expect.objectContaining({ code: 'A1', value: 42, target: 40, outcome: 'reached' }),
    ]);
    expect(r.milestones).toEqual([
      expect.objectContaining({ title: 'Tracé vastgesteld', due: true, late: true }),
    ]);
    expect(r.period).toMatchObject({ startsOn: '2025-05-01', dataUntil: '2025-08-31' });
  });

  it('shows a change made after it was last read at once: a renamed theme, a milestone done', async () => {
    const before = (await bureau.get(`${base()}/rollup`).expect(200))
      .body as ProgrammeRollupResponse;
    expect(before.milestones).toEqual([expect.objectContaining({ late: true })]);
    const themeUrl = `/api/regions/${mre.region.id}/themes/${mre.themeId}`;
    const theme = (await bureau.get(themeUrl).expect(200)).body as { version: number };
    await bureau
      .patch(themeUrl)
      .send({ title: 'Mobiliteit en bereikbaarheid', version: theme.version })
      .expect(200);
    const renamed = (await bureau.get(`${base()}/rollup`).expect(200))
      .body as ProgrammeRollupResponse;
    expect(renamed.byTheme.map((x) => x.themeTitle)).toEqual(['Mobiliteit en bereikbaarheid']);
    expect(renamed.assignments.map((a) => a.themeTitle)).toEqual(
      Array(4).fill('Mobiliteit en bereikbaarheid'),
    );

    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    const done = (doneOn: string | null) =>
      db.query(
        `UPDATE progress_report_milestones SET done_on = $1 WHERE title = 'Tracé vastgesteld'
                   AND region_id = $2`,
        [doneOn, mre.region.id],
      );
    try {
      await done('2025-05-20');
      const now = (await bureau.get(`${base()}/rollup`).expect(200))
        .body as ProgrammeRollupResponse;
      expect(now.milestones).toEqual([
        expect.objectContaining({ title: 'Tracé vastgesteld', doneOn: '2025-05-20', late: false }),
      ]);
    } finally {
      await done(null);
      await db.end();
    }
  });

  it('answers 404 for a period that is not one of the programme', async () => {
    const res = await bureau.get(
      `/api/programmes/${programmeId}/reporting-periods/${UNKNOWN_ID}/rollup`,
    );
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('REPORTING_PERIOD_NOT_FOUND');
    const bad = await bureau.get(
      `/api/programmes/${programmeId}/reporting-periods/nope/bestuursrapportage`,
    );
    expect(bad.status).toBe(404);
  });

  it('keeps a draft from the councils and the public (404), and shows it the bureau as a concept PDF', async () => {
    expect((await council.get(`${base()}/bestuursrapportage`)).status).toBe(404);
    expect((await council.get(`${base()}/rollup`)).status).toBe(404);
    expect((await request(t.http).get(`${base()}/bestuursrapportage`)).status).toBe(404);
    expect((await request(t.http).get(`${base()}/bestuursrapportage/pdf`)).status).toBe(404);
    const list = `/api/programmes/${programmeId}/bestuursrapportages`;
    expect((await request(t.http).get(list).expect(200)).body).toEqual([]);
    expect((await bureau.get(list).expect(200)).body).toHaveLength(2);
    const draft = (await holder.get(`${base()}/bestuursrapportage`).expect(200))
      .body as BestuursrapportageResponse;
    expect(draft.final).toBeNull();
    const helmond = draft.councils.find((c) => c.name === 'Helmond')!;
    expect(helmond.paidCents).toBeGreaterThan(0);
    // Helmond takes part in A1, A2 and A4, not in the opt-in A3 of five Peel municipalities.
    expect(helmond.assignments.map((a) => [a.code, a.status])).toEqual([
      ['A1', 'on_course'],
      ['A2', 'off_course'],
      ['A4', 'attention'],
    ]);
    expect(draft.kpiTrends[0].points.map((p) => p.value)).toEqual([42]);
    const res = await bureau
      .get(`${base()}/bestuursrapportage/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const read = await readPdf(res.body as Buffer);
    expect(read.tagged).toBe(true);
    const text = shown(allText(read));
    expect(text).toContain(
      'Aandeel op koers naar begroting: 62,5% (€ 350.000,00 van € 560.000,00)',
    );
    expect(text).toContain('Concept: het regiobureau');
    expect(text).toContain(
      `Helmond betaalt in 2025 € ${shown(new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2 }).format(helmond.paidCents! / 100))}`,
    );
    expect(nodesOf(read, 'Figure').length).toBeGreaterThanOrEqual(5);
  });

  it('lets only the bureau mark it final, once; then it is public as it stood', async () => {
    expect((await holder.post(`${base()}/bestuursrapportage/final`)).status).toBe(403);
    expect((await council.post(`${base()}/bestuursrapportage/final`)).status).toBe(403);
    const final = await bureau.post(`${base()}/bestuursrapportage/final`).expect(201);
    expect(final.body).toMatchObject({ version: 1, markedFinalBy: 'Bureau MRE' });
    const again = await bureau.post(`${base()}/bestuursrapportage/final`).expect(409);
    expect(again.body.code).toBe('BESTUURSRAPPORTAGE_ALREADY_FINAL');
    const audit = await admin
      .get(`/api/audit?entity=bestuursrapportage&regionId=${mre.region.id}`)
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'create',
        actor: expect.objectContaining({ name: 'Bureau MRE' }),
      }),
    ]);

    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    await db.query(
      `INSERT INTO progress_reports (programme_id, region_id, assignment_id, period_id, state, course)
       SELECT programme_id, region_id, id, $2, 'accepted', 'op_koers' FROM assignments
        WHERE programme_id = $1 AND code = 'A3'`,
      [programmeId, autumn],
    );
    await db.end();
    const pub = (await request(t.http).get(`${base()}/bestuursrapportage`).expect(200))
      .body as BestuursrapportageResponse;
    expect(pub.final).toMatchObject({ version: 1 });
    const listed = await request(t.http)
      .get(`/api/programmes/${programmeId}/bestuursrapportages`)
      .expect(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ periodId: autumn, title: 'Najaarsrapportage 2025' }),
    ]);
    expect(pub.counts.no_report).toBe(1);
    expect((await council.get(`${base()}/rollup`).expect(200)).body.counts.no_report).toBe(1);
    // The region's own people see the roll-up as it is now.
    expect((await bureau.get(`${base()}/rollup`).expect(200)).body.counts.no_report).toBe(0);
    const pdf = await request(t.http)
      .get(`${base()}/bestuursrapportage/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(shown(allText(await readPdf(pdf.body as Buffer)))).toContain('Definitief (versie 1)');
  });
});
