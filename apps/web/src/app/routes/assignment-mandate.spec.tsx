import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AssignmentOverviewResponse } from '@koers/contracts';
import { assignment as assignmentOf } from '../../features/assignments/test-fixtures';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const assignment = assignmentOf({ portfolioHolderId: 'h1' });
const overview: AssignmentOverviewResponse = {
  assignment,
  programme: { id: 'p1', title: 'Uitvoeringsprogramma 2025', year: 2025, status: 'in_execution' },
  theme: { id: 't1', name: 'Bereikbaarheid' },
  portfolioHolder: { id: 'h1', name: 'Wethouder De Vries', function: null },
  lead: null,
  municipalities: [],
  participants: [],
  declinedBy: [],
  steeringGroup: { members: [], commitments: [] },
  linkedAssignments: [],
  externalProgrammes: [],
};

const me = (role: string, personId: string | null = null) => ({
  user: { id: 'u1', email: 'wethouder@koers.demo', name: 'Wethouder', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role,
      municipalityId: null,
      municipalityName: null,
      personId,
    },
  ],
  csrfToken: 'csrf-1',
});

const mandate = {
  assignmentId: 'a1',
  scope: 'Opdrachten tot € 250.000',
  reportBackDates: ['2025-06-30', '2026-03-01'],
  overrunRule: 'refuse',
  ceilingCents: 250_000_00,
  usedCents: 212_500_00,
  remainingCents: 37_500_00,
  shareUsed: 0.85,
  escalatedCents: 0,
  validFrom: '2025-01-01',
  validUntil: '2025-12-31',
  nextReportBack: '2026-03-01',
  today: '2025-12-10',
  alerts: [
    { kind: 'ceiling', usedCents: 212_500_00, ceilingCents: 250_000_00 },
    { kind: 'term', validUntil: '2025-12-31', daysLeft: 21 },
  ],
  decisions: [
    {
      id: 'd1',
      assignmentId: 'a1',
      decidedOn: '2025-09-18',
      description: 'Haalbaarheidsstudie snelfietsroute',
      amountCents: 212_500_00,
      decidedBy: 'steering_group',
      minutesUrl: 'https://regio.example/notulen/2025-09-18',
      escalated: false,
      recordedBy: 'Wethouder',
      version: 1,
      createdAt: '2025-09-18T10:00:00Z',
      updatedAt: '2025-09-18T10:00:00Z',
    },
  ],
  accounts: [],
};

const routes = (role: string, personId: string | null, extra: Record<string, unknown> = {}) =>
  mockApi({
    '/auth/me': me(role, personId),
    '/assignments/a1/overview': overview,
    '/assignments/a1/mandate': mandate,
    ...extra,
  });

describe('the mandate section of an assignment', () => {
  it('shows the use in figures, the alerts and the decisions, and no form for the board', async () => {
    routes('board', null);
    renderRoute('/opdracht/a1');
    expect(
      await screen.findByText(/€\s212\.500,00 van €\s250\.000,00 gebruikt \(85 %\)\./),
    ).toBeInTheDocument();
    expect(
      screen.getByText('85 % van het plafond van € 250.000,00 is gebruikt.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Het mandaat loopt over 21 dagen af/)).toBeInTheDocument();
    expect(screen.getByText('Haalbaarheidsstudie snelfietsroute')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Besluit vastleggen' })).not.toBeInTheDocument();
  });

  it("lets the assignment's portfolio holder record a decision, and shows the region's sentence when refused", async () => {
    const sentence =
      'Dit besluit overschrijdt het mandaat; het is voorbehouden aan het algemeen bestuur.';
    const calls = routes('portfolio_holder', 'h1', {
      'POST /assignments/a1/mandate/decisions': {
        status: 409,
        body: { status: 409, code: 'MANDATE_CEILING_PASSED', detail: sentence, title: 'Conflict' },
      },
    });
    renderRoute('/opdracht/a1');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Wat is besloten'), 'Extra onderzoek');
    await user.type(screen.getByLabelText(/Bedrag in euro/), '40.000,00');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText(`Niet vastgelegd: ${sentence}`)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ amountCents: 40_000_00, decidedBy: 'portfolio_holder' });
  });
});
