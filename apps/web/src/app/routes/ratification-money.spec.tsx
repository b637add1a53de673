import { screen, within } from '@testing-library/react';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const bureau = {
  user: { id: 'u1', email: 'bureau@koers.demo', name: 'Demo Regiobureau', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'bureau',
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
};
const programme = {
  id: 'p1',
  regionId: 'r1',
  year: 2026,
  title: 'Werkprogramma 2026',
  status: 'consultation',
};
// The matrix carries the totals; one council's decision also the amounts per assignment.
const since = (differenceCents: number) => ({
  thenCents: 10_000_00,
  nowCents: 10_000_00 + differenceCents,
  differenceCents,
});
const sinceInFull = (differenceCents: number) => ({
  ...since(differenceCents),
  byAssignment: [
    {
      assignmentId: 'a1',
      code: 'A1',
      thenCents: 10_000_00,
      nowCents: 10_000_00 + differenceCents,
      differenceCents,
    },
  ],
});
const decision = (id: string, name: string, extra: Record<string, unknown>) => ({
  id: `d-${id}`,
  programmeId: 'p1',
  round: 1,
  currentRound: 1,
  rounds: [1],
  municipality: { id, name, cbsCode: `GM${id}` },
  status: 'agreed',
  responded: true,
  councilMeetingDate: null,
  decisionDate: '2026-07-02',
  decisionReference: '',
  decisionUrl: null,
  declinedAssignments: [],
  viewPointCount: 0,
  unansweredViewPointCount: 0,
  deadline: '2026-08-14',
  deadlineState: 'on_time',
  shownContribution: { totalCents: 10_000_00, shownAt: '2026-07-02T10:00:00Z' },
  amountChangedSinceDecision: false,
  contributionSinceDecision: since(0),
  version: 2,
  updatedAt: '2026-07-02T10:00:00Z',
  viewPoints: [],
  ...extra,
});
const counts = {
  total: 2,
  responded: 2,
  byStatus: {
    pending: 0,
    no_view: 0,
    view_submitted: 0,
    agreed: 2,
    agreed_with_view: 0,
    rejected: 0,
    partial: 0,
  },
  byDeadlineState: { on_time: 2, due_soon: 0, overdue: 0 },
  viewPoints: 0,
  unansweredViewPoints: 0,
};
const matrix = {
  programmeId: 'p1',
  round: 1,
  currentRound: 1,
  rounds: [1],
  programmeStatus: 'consultation',
  sentToCouncilsOn: '2026-05-22',
  deadline: '2026-08-14',
  today: '2026-08-01',
  items: [
    decision('1', 'Best', {}),
    decision('2', 'Eindhoven', {
      amountChangedSinceDecision: true,
      contributionSinceDecision: since(1_268_77),
    }),
  ],
  counts,
};

describe('the ratification matrix and money', () => {
  it('flags the council whose amount changed after it decided, with the difference', async () => {
    mockApi({
      '/auth/me': bureau,
      '/programmes/p1': programme,
      '/programmes/p1/council-decisions': matrix,
      '/programmes/p1/views': { ...page([]), counts: { total: 0, answered: 0, unanswered: 0 } },
    });
    renderRoute('/programma/p1/raden');
    const table = await screen.findByRole('table', { name: /Gemeenten en hun besluit/ });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(name) })
        .closest('tr') as HTMLElement;
    expect(row('Eindhoven')).toHaveTextContent('bedrag gewijzigd sinds besluit: +€ 1.268,77');
    expect(row('Best')).not.toHaveTextContent('gewijzigd');
    expect(
      screen.getByText(/^1 raad besloot over een bedrag dat sindsdien is gewijzigd/),
    ).toBeVisible();
  });

  it('shows then and now on the council’s own decision page', async () => {
    mockApi({
      '/auth/me': bureau,
      '/programmes/p1': programme,
      '/programmes/p1/council-decisions/2': {
        ...matrix.items[1],
        shownContribution: {
          ...matrix.items[1].shownContribution,
          byAssignment: [{ assignmentId: 'a1', code: 'A1', amountCents: 10_000_00 }],
        },
        contributionSinceDecision: sinceInFull(1_268_77),
      },
    });
    renderRoute('/programma/p1/raden/2');
    const region = await screen.findByRole('region', { name: 'Bedrag bij het besluit en nu' });
    expect(region).toHaveTextContent('Bedrag gewijzigd sinds besluit: +€ 1.268,77.');
    expect(within(region).getByRole('row', { name: /^A1/ })).toHaveTextContent(
      /€\s10\.000,00€\s11\.268,77\+€\s1\.268,77/,
    );
  });
});
