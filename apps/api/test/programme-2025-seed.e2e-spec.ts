import type {
  AssignmentProgressResponse,
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixResponse,
  ProgressOverviewResponse,
} from '@koers/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source';
import { DEMO_PASSWORD } from '../src/seed/data/demo-accounts';
import { demoRegionId } from '../src/seed/demo-lookups';
import { DEMO_SEEDS } from '../src/seed/demo-seeds';
import { runSeeds } from '../src/seed/run-seeds';
import { signIn, type Agent } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 16: the demo 2025 programme of MRE in execution, with two periods of reports. */
describe('the programme-2025 demo seed (in execution, with progress reports)', () => {
  let t: TestApp;
  let api: Agent;
  let ds: DataSource;
  let programmeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    api = await t.asAdmin();
    ds = await new DataSource(dataSourceOptions(t.db.url)).initialize();
    expect(await runSeeds(ds, DEMO_SEEDS)).toContain('programme-2025-in-execution');
    expect(await runSeeds(ds, DEMO_SEEDS)).toEqual([]);
    jest.spyOn(t.app.get(Clock), 'today').mockReturnValue('2026-12-05');
    const regionId = await demoRegionId(ds.manager, 'MRE');
    const list = await api.get(`/api/regions/${regionId}/programmes`).expect(200);
    const years = (list.body.items as { year: number; id: string; status: string }[]).map((p) => [
      p.year,
      p.status,
    ]);
    // The 2026 demo programme stays first (and a draft); 2025 is in execution.
    expect(years).toEqual([
      [2026, 'draft'],
      [2025, 'in_execution'],
    ]);
    programmeId = list.body.items[1].id;
  }, 120_000);
  afterAll(async () => {
    await ds.destroy();
    await t.close();
  });

  it('went through the real lifecycle: two frozen versions, and anyone reads it', async () => {
    const versions = await api.get(`/api/programmes/${programmeId}/versions`).expect(200);
    expect(versions.body.items.map((v: { toStatus: string }) => v.toStatus)).toEqual(
      expect.arrayContaining(['proposed', 'adopted']),
    );
    const anonymous = await request(t.http).get(`/api/programmes/${programmeId}`).expect(200);
    expect(anonymous.body).toMatchObject({
      year: 2025,
      status: 'in_execution',
      assignmentCount: 5,
    });
    await api.get(`/api/programmes/${programmeId}/export/workbook`).expect(200);
  });

  it('was adopted after every council decided: four views, each answered', async () => {
    const matrix = (await api.get(`/api/programmes/${programmeId}/council-decisions`).expect(200))
      .body as CouncilDecisionMatrixResponse;
    expect(matrix.counts).toMatchObject({
      total: 21,
      responded: 21,
      viewPoints: 4,
      unansweredViewPoints: 0,
    });
    expect(matrix.counts.byStatus).toMatchObject({ agreed: 15, agreed_with_view: 4, no_view: 2 });
    const helmond = matrix.items.find((i) => i.municipality.name === 'Helmond')!;
    expect(helmond).toMatchObject({ status: 'agreed_with_view', decisionDate: '2025-03-11' });
    const detail = (
      await api
        .get(`/api/programmes/${programmeId}/council-decisions/${helmond.municipality.id}`)
        .expect(200)
    ).body as CouncilDecisionDetailResponse;
    expect(detail.viewPoints).toMatchObject([
      {
        text: 'Betrek de raad bij de keuze van het tracé voordat het bestuur besluit.',
        assignment: { code: 'MRE-2025-01' },
        outcome: 'adopted',
      },
    ]);
    // What Helmond was shown to pay when its council decided is kept with the decision.
    expect(detail.shownContribution?.totalCents).toBeGreaterThan(0);
  });

  it('has spring and autumn reports, all accepted but one missing autumn report', async () => {
    const overview = (await api.get(`/api/programmes/${programmeId}/progress-overview`).expect(200))
      .body as ProgressOverviewResponse;
    expect(overview.periods.map((p) => [p.period.title, p.counts])).toEqual([
      [
        'Voorjaarsrapportage 2025',
        { missing: 0, draft: 0, submitted: 0, returned: 0, accepted: 5, late: 0 },
      ],
      [
        'Najaarsrapportage 2025',
        { missing: 1, draft: 0, submitted: 0, returned: 0, accepted: 4, late: 1 },
      ],
    ]);
    const courses = overview.periods.flatMap((p) => p.assignments.map((a) => a.course));
    expect(courses.filter((c) => c === 'niet_op_koers')).toHaveLength(1);
    expect(courses.filter((c) => c === 'aandacht_nodig')).toHaveLength(3);
  });

  it('has a line spent above its budget with its explanation, KPI values, a late milestone and risks', async () => {
    const overview = (await api.get(`/api/programmes/${programmeId}/progress-overview`).expect(200))
      .body as ProgressOverviewResponse;
    const offCourse = overview.periods[1].assignments.find((a) => a.course === 'niet_op_koers')!;
    const progress = (
      await api.get(`/api/assignments/${offCourse.assignmentId}/progress-reports`).expect(200)
    ).body as AssignmentProgressResponse;
    const autumn = progress.periods[1].report!;
    expect(autumn.state).toBe('accepted');
    const over = autumn.money.filter((m) => m.overBudget);
    expect(over).toHaveLength(1);
    expect(over[0].spentCents).toBeGreaterThan(over[0].budgetCents);
    expect(over[0].explanation).not.toBe('');
    expect(autumn.kpiValues[0]).toMatchObject({ value: '1', baseline: '0', target: '3' });
    expect(autumn.milestones.some((m) => m.late)).toBe(true);
    expect(autumn.risks).toHaveLength(2);
  });

  it('leaves the demo portfolio holder an autumn report to write on their own assignment', async () => {
    const holder = await signIn(t.http, 'portfolio@koers.demo', DEMO_PASSWORD);
    const overview = (await api.get(`/api/programmes/${programmeId}/progress-overview`).expect(200))
      .body as ProgressOverviewResponse;
    const missing = overview.periods[1].assignments.find((a) => a.status === 'missing')!;
    const progress = (
      await holder.get(`/api/assignments/${missing.assignmentId}/progress-reports`).expect(200)
    ).body as AssignmentProgressResponse;
    expect(progress).toMatchObject({ code: 'MRE-2025-02', mayWrite: true });
    expect(progress.periods[1].report).toBeNull();
  });
});
