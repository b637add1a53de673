import type {
  AssignmentProgressResponse,
  PortfolioResponse,
  ProgressReportResponse,
  StartResponse,
} from '@koers/contracts';
import { Clock } from '../src/common/clock';
import {
  assignmentBody,
  createProgrammeWithAssignments,
  transition,
} from './factories/council-cycle';
import type { RegionFixture } from './factories/programme-fixtures';
import { Agent, signInAs } from './support/accounts';
import { countStatements } from './support/statement-count';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 16 item 6 and issue 18 item 1: the reports a portfolio holder still owes (start page and
 * /mijn-opdrachten) and, for the bureau, where the current period's reports stand.
 */
describe('reports due on the start page and in the portfolio', () => {
  let t: TestApp;
  let admin: Agent;
  let region: RegionFixture;
  let programmeId: string;
  let ids: string[];
  let today = '2025-01-06';

  const as = (role: 'bureau' | 'observer' | 'council' | 'portfolio_holder', personId?: string) =>
    signInAs(t, {
      roles: [
        {
          regionId: region.regionId,
          role,
          personId,
          municipalityId: role === 'council' ? region.municipalityIds[0] : undefined,
        },
      ],
    });
  const startOf = async (agent: Agent) =>
    (await agent.get('/api/me/start').expect(200)).body as StartResponse;
  const portfolioOf = async (agent: Agent) =>
    (await agent.get('/api/me/portfolio').expect(200)).body as PortfolioResponse;
  const dueOf = (start: StartResponse) =>
    Object.fromEntries(start.assignments.map((a) => [a.code, a.reportDue]));

  /** Writes a report for assignment `index` in period `period` (0 spring, 1 autumn). */
  async function write(index: number, period: number): Promise<ProgressReportResponse> {
    const at = `/api/assignments/${ids[index]}/progress-reports`;
    const progress = (await admin.get(at).expect(200)).body as AssignmentProgressResponse;
    const created = await admin
      .post(at)
      .send({ periodId: progress.periods[period].period.id, course: 'op_koers', delivered: 'x' })
      .expect(201);
    return created.body as ProgressReportResponse;
  }
  const act = async (index: number, report: ProgressReportResponse, action: string, body = {}) =>
    (
      await admin
        .post(`/api/assignments/${ids[index]}/progress-reports/${report.id}/${action}`)
        .send({ version: report.version, ...body })
        .expect(200)
    ).body as ProgressReportResponse;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.asAdmin();
    jest.spyOn(t.app.get(Clock), 'today').mockImplementation(() => today);
    // OPD-1 and OPD-2 held by person 0, OPD-3 by person 1.
    const created = await createProgrammeWithAssignments(admin, t.db.url, {
      year: 2025,
      count: 3,
      assignment: (i, r) =>
        assignmentBody(r, i, {
          portfolioHolderId: r.personIds[i < 2 ? 0 : 1],
          budgetLines: [
            { fundingSource: 'province', sourceName: 'Provincie', year: 2025, amountCents: 1_000 },
          ],
          capacityLines: [],
        }),
    });
    region = created.region;
    programmeId = created.programme.id;
    ids = created.assignments.map((a) => a.id);
    await transition(admin, programmeId, 'proposed').expect(200);
    await transition(admin, programmeId, 'consultation', undefined, { sentOn: '2025-01-06' });
    today = '2025-04-10'; // the 12 weeks for views have passed
    await transition(admin, programmeId, 'adopted').expect(200);
    await transition(admin, programmeId, 'in_execution').expect(200);
    today = '2025-10-15';
    // OPD-1: spring accepted, autumn a draft. OPD-2: spring returned. OPD-3: nothing written.
    await act(0, await act(0, await write(0, 0), 'submit'), 'accept');
    await write(0, 1);
    await act(1, await act(1, await write(1, 0), 'submit'), 'return', {
      comment: 'Vul de mijlpalen aan.',
    });
  }, 90_000);
  afterAll(() => t.close());
  afterEach(() => {
    today = '2025-10-15';
  });

  it('shows a portfolio holder per assignment the report still owed, late once past due', async () => {
    const holder = await as('portfolio_holder', region.personIds[0]);
    const { result: start, statements } = await countStatements(() => startOf(holder));
    expect(dueOf(start)).toEqual({
      'OPD-1': {
        periodId: expect.any(String),
        periodTitle: 'Najaarsrapportage 2025',
        dueOn: '2025-09-30',
        status: 'draft',
        late: true,
        reviewComment: null,
      },
      'OPD-2': {
        periodId: expect.any(String),
        periodTitle: 'Voorjaarsrapportage 2025',
        dueOn: '2025-05-31',
        status: 'returned',
        late: true,
        reviewComment: 'Vul de mijlpalen aan.',
      },
    });
    // One statement for the assignments, however many there are.
    expect(statements.length).toBeLessThanOrEqual(12);

    // The same in /mijn-opdrachten, in the one statement of the portfolio.
    const { result: portfolio, statements: portfolioStatements } = await countStatements(() =>
      portfolioOf(holder),
    );
    expect(
      Object.fromEntries(portfolio.items.map((i) => [i.assignment.code, i.reportDue?.status])),
    ).toEqual({ 'OPD-1': 'draft', 'OPD-2': 'returned' });
    expect(portfolioStatements.length).toBeLessThanOrEqual(6);

    // Before the autumn due date, the autumn draft is owed but not late.
    today = '2025-09-15';
    expect(dueOf(await startOf(holder))['OPD-1']).toMatchObject({ status: 'draft', late: false });
  });

  it('shows each portfolio holder only their own assignments, and nothing once all is delivered', async () => {
    const other = await as('portfolio_holder', region.personIds[1]);
    expect(dueOf(await startOf(other))).toEqual({
      'OPD-3': expect.objectContaining({
        periodTitle: 'Voorjaarsrapportage 2025',
        status: 'missing',
        late: true,
      }),
    });
    expect((await portfolioOf(other)).items.map((i) => i.assignment.code)).toEqual(['OPD-3']);
    // The person of no assignment owes nothing.
    const nobody = await as('portfolio_holder', region.personIds[2]);
    expect((await startOf(nobody)).assignments).toEqual([]);
  });

  it('shows the bureau the current period: missing, draft, returned, late, and late earlier', async () => {
    const bureau = await as('bureau');
    const [programme] = (await startOf(bureau)).programmes;
    expect(programme.reports).toEqual({
      period: { id: expect.any(String), title: 'Najaarsrapportage 2025', dueOn: '2025-09-30' },
      missing: 2,
      draft: 1,
      returned: 0,
      submitted: 0,
      late: 3,
      // Spring: OPD-2 returned and OPD-3 missing, both past 31 May.
      lateEarlier: 2,
    });
    // In June the spring period is the current one (the autumn data period has not ended).
    today = '2025-06-15';
    const [june] = (await startOf(bureau)).programmes;
    expect(june.reports).toMatchObject({
      period: { title: 'Voorjaarsrapportage 2025' },
      missing: 1,
      returned: 1,
      late: 2,
      lateEarlier: 0,
    });
  });

  it('shows a council clerk and an observer no reports due', async () => {
    for (const agent of [await as('council'), await as('observer')]) {
      expect((await startOf(agent)).assignments).toEqual([]);
      expect((await portfolioOf(agent)).items).toEqual([]);
    }
  });

  it('gives a programme that is not in execution no report counts', async () => {
    const { programme } = await createProgrammeWithAssignments(admin, t.db.url, {
      region,
      year: 2026,
      count: 1,
    });
    const start = await startOf(await as('bureau'));
    expect(start.programmes.find((p) => p.id === programme.id)?.reports).toBeNull();
  });
});
