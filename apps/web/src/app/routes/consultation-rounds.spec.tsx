import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const meAs = (role: string) => ({
  user: { id: 'u1', email: `${role}@koers.demo`, name: `Demo ${role}`, isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role,
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
});
const programme = (status: string) => ({
  id: 'p1',
  regionId: 'r1',
  year: 2027,
  title: 'Werkprogramma 2027',
  introduction: '',
  status,
  populationReferenceDate: null,
  contributionKey: null,
  viewWindowWeeks: null,
  sentToCouncilsOn: status === 'consultation' ? '2026-05-22' : null,
  consultationDeadline: status === 'consultation' ? '2026-08-14' : null,
  adoptedOn: null,
  versionCount: 2,
  assignmentCount: 9,
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  totals: {},
});
const helmond = { id: 'm1', name: 'Helmond', cbsCode: 'GM0794' };
const decision = (round: number, status: string) => ({
  id: `d${round}`,
  programmeId: 'p1',
  round,
  municipality: helmond,
  status,
  responded: status !== 'pending',
  councilMeetingDate: null,
  decisionDate: status === 'pending' ? null : '2026-03-20',
  decisionReference: '',
  decisionUrl: null,
  declinedAssignments: [],
  viewPointCount: status === 'pending' ? 0 : 1,
  unansweredViewPointCount: 0,
  deadline: round === 2 ? '2026-08-14' : null,
  deadlineState: round === 2 ? 'on_time' : null,
  shownContribution: null,
  amountChangedSinceDecision: false,
  contributionSinceDecision: null,
  version: 2,
  updatedAt: '2026-03-20T10:00:00Z',
});
const counts = (responded: number) => ({
  total: 1,
  responded,
  byStatus: {
    pending: 1 - responded,
    no_view: 0,
    view_submitted: responded,
    agreed: 0,
    agreed_with_view: 0,
    rejected: 0,
    partial: 0,
  },
  byDeadlineState: { on_time: 1, due_soon: 0, overdue: 0 },
  viewPoints: responded,
  unansweredViewPoints: 0,
});
const matrix = (round: number) => ({
  programmeId: 'p1',
  round,
  currentRound: 2,
  rounds: [1, 2],
  programmeStatus: 'consultation',
  sentToCouncilsOn: round === 2 ? '2026-05-22' : null,
  deadline: round === 2 ? '2026-08-14' : null,
  today: '2026-06-01',
  items: [decision(round, round === 1 ? 'view_submitted' : 'pending')],
  counts: counts(round === 1 ? 1 : 0),
});
const point = {
  id: 'vp1',
  councilDecisionId: 'd1',
  round: 1,
  municipality: helmond,
  number: 1,
  text: 'Eerst de Peel.',
  assignment: null,
  answered: true,
  answer: 'Het bestuur neemt dit over.',
  outcome: 'adopted',
  resultingChange: null,
  answeredAt: '2026-03-25T10:00:00Z',
  version: 2,
};
const register = (round: number) => ({
  ...page(round === 1 ? [point] : []),
  round,
  currentRound: 2,
  rounds: [1, 2],
  counts: { total: round === 1 ? 1 : 0, answered: round === 1 ? 1 : 0, unanswered: 0 },
});

describe('consultation rounds on the ratification pages', () => {
  it('shows the current round, links the earlier one, and shows it as history', async () => {
    const calls = mockApi({
      '/auth/me': meAs('bureau'),
      '/programmes/p1': programme('consultation'),
      '/programmes/p1/council-decisions?round=1': matrix(1),
      '/programmes/p1/council-decisions': matrix(2),
      '/programmes/p1/views?limit=200&round=1': register(1),
      '/programmes/p1/views': register(2),
    });
    const router = renderRoute('/programma/p1/raden');
    const nav = await screen.findByRole('navigation', { name: 'Consultatierondes' });
    expect(within(nav).getByRole('link', { name: 'Ronde 2 (huidige)' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.queryByText(/een eerdere ronde/)).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Gemeenten en hun besluit/ });
    expect(within(table).getByText('Nog geen besluit')).toBeVisible();

    await userEvent.click(within(nav).getByRole('link', { name: 'Ronde 1' }));
    expect(router.state.location.search).toBe('?ronde=1');
    expect(await screen.findByText(/Je bekijkt ronde 1, een eerdere ronde/)).toBeVisible();
    const earlier = await screen.findByRole('table', { name: /Gemeenten en hun besluit/ });
    expect(within(earlier).getByText('Zienswijze ingediend')).toBeVisible();
    // The council's row leads to its decision of that round.
    expect(within(earlier).getByRole('link', { name: /Helmond/ })).toHaveAttribute(
      'href',
      '/programma/p1/raden/m1?ronde=1',
    );
    expect(await screen.findByText('Eerst de Peel.')).toBeVisible();
    expect(calls.map((c) => c.path)).toContain('/programmes/p1/council-decisions?round=1');
  });
});

describe('the lifecycle during the consultation', () => {
  const transitions = {
    programmeId: 'p1',
    status: 'consultation',
    transitions: [
      { to: 'draft', possible: true, reasonRequired: true, refusalCode: null, refusal: null },
      { to: 'adopted', possible: true, reasonRequired: false, refusalCode: null, refusal: null },
    ],
  };
  const base = {
    '/auth/me': meAs('board'),
    '/programmes/p1': programme('consultation'),
    '/programmes/p1/transitions': transitions,
    '/regions/r1': { id: 'r1', name: 'Metropoolregio Eindhoven', viewWindowWeeks: 12 },
    '/regions/r1/municipalities': page([]),
  };
  const amendment = {
    id: 'am1',
    programmeId: 'p1',
    round: 2,
    assignment: { id: 'a1', code: 'A1', title: 'Snelfietsroutes' },
    fields: ['budgetLines'],
    viewPoints: [{ ...point, round: 2 }],
    createdAt: '2026-06-01T10:00:00Z',
    createdBy: 'Demo bureau',
  };
  const amendments = (items: unknown[]) => ({
    programmeId: 'p1',
    round: 2,
    currentRound: 2,
    rounds: [1, 2],
    items,
  });

  it('says what going back to draft means for the councils', async () => {
    mockApi({ ...base, '/programmes/p1/amendments': amendments([]) });
    renderRoute('/programma/p1/besluitvorming');
    await userEvent.click(await screen.findByRole('button', { name: 'Terug naar concept' }));
    const confirmation = screen.getByRole('region', { name: 'Bevestigen: Terug naar concept' });
    expect(
      within(confirmation).getByText(
        /hun besluiten en zienswijzen van deze ronde, met de antwoorden van het bestuur, blijven bewaard als geschiedenis/,
      ),
    ).toBeVisible();
    expect(within(confirmation).getByText(/begint een nieuwe ronde/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Vaststellen' })).toBeVisible();
  });

  it('offers to adopt with amendments when changes follow from the views', async () => {
    const calls = mockApi({
      ...base,
      '/programmes/p1/amendments': amendments([amendment]),
      'POST /programmes/p1/transitions': { ...programme('adopted'), allowedTransitions: [] },
    });
    renderRoute('/programma/p1/besluitvorming');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Vaststellen met wijzigingen' }),
    );
    const confirmation = screen.getByRole('region', {
      name: 'Bevestigen: Vaststellen met wijzigingen',
    });
    expect(
      within(confirmation).getByText(
        /gewijzigd vast: met 1 wijziging naar aanleiding van de zienswijzen/,
      ),
    ).toBeVisible();
    await userEvent.click(
      within(confirmation).getByRole('button', { name: 'Ja, vaststellen met wijzigingen' }),
    );
    expect(await screen.findByText(/Gelukt/)).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'adopted' });
  });
});
