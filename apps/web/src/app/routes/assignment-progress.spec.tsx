import type {
  AssignmentProgressResponse,
  ProgressOverviewResponse,
  ProgressReportResponse,
  ReportingPeriodResponse,
} from '@koers/contracts';
import { QueryObserver } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { bestuursrapportageQueryOptions } from '../../features/documents/api/get-bestuursrapportage';
import { assignmentProgressQueryOptions } from '../../features/progress-reports/api/get-assignment-progress';
import { progressOverviewQueryOptions } from '../../features/progress-reports/api/get-progress-overview';
import { createQueryClient } from '../../lib/query-client';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

// The report form renders on every keystroke; typing through it takes a few seconds in jsdom.
jest.setTimeout(30_000);

const period = (programmeId: string): ReportingPeriodResponse => ({
  id: `${programmeId}-q2`,
  programmeId,
  position: 2,
  kind: 'najaar',
  title: 'Najaarsrapportage 2026',
  dataUntil: '2026-08-31',
  dueOn: '2026-09-30',
  state: 'open',
});

const report = (over: Partial<ProgressReportResponse> = {}): ProgressReportResponse => ({
  id: 'r1',
  programmeId: 'p1',
  assignmentId: 'a1',
  periodId: 'p1-q2',
  periodTitle: 'Najaarsrapportage 2026',
  state: 'draft',
  course: 'op_koers',
  courseExplanation: '',
  delivered: 'Monitor gevuld.',
  reviewComment: null,
  submittedAt: null,
  submittedBy: null,
  reviewedAt: null,
  reviewedBy: null,
  createdBy: 'Demo Regiobureau',
  version: 3,
  createdAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
  milestones: [],
  money: [],
  capacity: [],
  kpiValues: [],
  risks: [],
  ...over,
});

const progress = (
  assignmentId: string,
  programmeId: string,
  stored: ProgressReportResponse | null,
): AssignmentProgressResponse => ({
  assignmentId,
  programmeId,
  programmeYear: 2026,
  code: `MOB-${assignmentId}`,
  title: 'Slimme mobiliteit',
  regionId: 'r1',
  mayWrite: true,
  mayReview: true,
  budgetLines: [],
  capacityLines: [],
  kpis: [],
  periods: [{ period: period(programmeId), report: stored }],
});

const overview = (programmeId: string): ProgressOverviewResponse => ({
  programmeId,
  year: 2026,
  periods: [],
});

/**
 * The bureau on a1's progress page (programme p1), with the programmes' overviews and roll-ups and
 * another assignment's (a2) progress observed, as if on screen: an invalidation would fetch them.
 */
function openProgressPage(stored: ProgressReportResponse, writes: Record<string, unknown>) {
  const calls = mockApi({
    '/auth/me': bureau,
    '/assignments/a1/progress-reports': progress('a1', 'p1', stored),
    '/assignments/a2/progress-reports': progress('a2', 'p1', null),
    '/programmes/p1/progress-overview': overview('p1'),
    '/programmes/p2/progress-overview': overview('p2'),
    // Only the path is counted; the roll-up's body does not matter here.
    '/programmes/p1/reporting-periods/p1-q2/bestuursrapportage': {},
    '/programmes/p2/reporting-periods/p2-q2/bestuursrapportage': {},
    ...writes,
  });
  const client = createQueryClient();
  const keepOnScreen = () => undefined;
  new QueryObserver(client, assignmentProgressQueryOptions('a2')).subscribe(keepOnScreen);
  new QueryObserver(client, progressOverviewQueryOptions('p1')).subscribe(keepOnScreen);
  new QueryObserver(client, progressOverviewQueryOptions('p2')).subscribe(keepOnScreen);
  new QueryObserver(client, bestuursrapportageQueryOptions('p1', 'p1-q2')).subscribe(keepOnScreen);
  new QueryObserver(client, bestuursrapportageQueryOptions('p2', 'p2-q2')).subscribe(keepOnScreen);
  renderRoute('/opdracht/a1/voortgang', client);
  const gets = (path: string) => calls.filter((c) => c.method === 'GET' && c.path === path).length;
  return { calls, gets };
}

describe('after writing a progress report', () => {
  it('shows the saved report at once and fetches neither it nor another assignment again', async () => {
    const { gets } = openProgressPage(report(), {
      'PUT /assignments/a1/progress-reports/r1': report({
        delivered: 'Monitor gevuld en gedeeld.',
        version: 4,
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Rapportage bewerken' }));
    await waitFor(() => expect(gets('/programmes/p1/progress-overview')).toBe(1));
    const delivered = screen.getByLabelText('Wat is er opgeleverd?');
    await userEvent.clear(delivered);
    await userEvent.type(delivered, 'Monitor gevuld en gedeeld.');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    expect(await screen.findByText('Monitor gevuld en gedeeld.')).toBeVisible();
    // Its programme's overview counts the report: fetched again. Nothing else is.
    await waitFor(() => expect(gets('/programmes/p1/progress-overview')).toBe(2));
    expect(gets('/assignments/a1/progress-reports')).toBe(1);
    expect(gets('/assignments/a2/progress-reports')).toBe(1);
    expect(gets('/programmes/p2/progress-overview')).toBe(1);
    // A draft does not count in the roll-up.
    expect(gets('/programmes/p1/reporting-periods/p1-q2/bestuursrapportage')).toBe(1);
  });

  it('once accepted, shows it frozen and refreshes its programme’s overview and roll-up only', async () => {
    const submitted = report({ state: 'submitted', submittedBy: 'Demo Wethouder', version: 5 });
    const { calls, gets } = openProgressPage(submitted, {
      'POST /assignments/a1/progress-reports/r1/accept': report({
        state: 'accepted',
        reviewedBy: 'Demo Regiobureau',
        version: 6,
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Accepteren' }));

    expect(
      await screen.findByText('Geaccepteerd door Demo Regiobureau. De rapportage ligt vast.'),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 5 });
    await waitFor(() => expect(gets('/programmes/p1/progress-overview')).toBe(2));
    await waitFor(() =>
      expect(gets('/programmes/p1/reporting-periods/p1-q2/bestuursrapportage')).toBe(2),
    );
    expect(screen.queryByRole('button', { name: 'Accepteren' })).toBeNull();
    expect(gets('/assignments/a1/progress-reports')).toBe(1);
    expect(gets('/assignments/a2/progress-reports')).toBe(1);
    expect(gets('/programmes/p2/progress-overview')).toBe(1);
    expect(gets('/programmes/p2/reporting-periods/p2-q2/bestuursrapportage')).toBe(1);
  });
});
