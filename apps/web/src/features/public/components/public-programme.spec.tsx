import { screen, within } from '@testing-library/react';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const visitor = { '/auth/me': { status: 401, body: { status: 401 } } };
const programme = {
  id: 'p1',
  regionId: 'r1',
  year: 2026,
  title: 'Werkprogramma 2026',
  introduction: 'Samen werken aan een bereikbare regio.',
  status: 'adopted',
  adoptedOn: '2026-10-14',
  totals: {
    assignmentCount: 2,
    budgetTotalCents: 150_000_00,
    budgetByFundingSource: [
      { fundingSource: 'member_contribution', amountCents: 100_000_00 },
      { fundingSource: 'province', amountCents: 50_000_00 },
    ],
    budgetByTheme: [
      { themeId: 't1', themeTitle: 'Bereikbaarheid', amountCents: 100_000_00 },
      { themeId: 't2', themeTitle: 'Energietransitie', amountCents: 50_000_00 },
    ],
    budgetByYear: [],
  },
};
const openAssignment = (
  id: string,
  themeId: string,
  code: string,
  title: string,
  cents: number,
  goal: string,
  results: string[],
) => ({
  id,
  programmeId: 'p1',
  code,
  title,
  themeId,
  themeTitle: themeId === 't1' ? 'Bereikbaarheid' : 'Energie',
  goal,
  results,
  status: 'active',
  participation: 'all',
  priority: 1,
  budgetTotalCents: cents,
  mandateBudgetCeilingCents: null,
  mandateValidFrom: null,
  mandateValidUntil: null,
});
const contributions = {
  programmeId: 'p1',
  year: 2026,
  populationReferenceDate: '2025-01-01',
  totalCents: 100_000_00,
  municipalities: [
    {
      municipalityId: 'm2',
      name: 'Eindhoven',
      cbsCode: 'GM0772',
      population: 240_000,
      totalCents: 80_000_00,
      perInhabitantCents: 33.3,
      byAssignment: [],
    },
    {
      municipalityId: 'm1',
      name: 'Best',
      cbsCode: 'GM0753',
      population: 30_000,
      totalCents: 20_000_00,
      perInhabitantCents: 66.7,
      byAssignment: [],
    },
  ],
  assignments: [],
  previousYear: null,
};
const councils = {
  programmeId: 'p1',
  items: [],
  counts: {
    total: 3,
    responded: 3,
    byStatus: {
      pending: 0,
      no_view: 0,
      view_submitted: 0,
      agreed: 2,
      agreed_with_view: 1,
      rejected: 0,
      partial: 0,
    },
    byDeadlineState: { on_time: 3, due_soon: 0, overdue: 0 },
    viewPoints: 2,
    unansweredViewPoints: 0,
  },
};

function renderPublic(programmeId: string) {
  renderRoute(`/openbaar/programma/${programmeId}`);
}

describe('the public page of a programme', () => {
  it('shows an adopted programme to a visitor: assignments by theme, totals, contributions, councils', async () => {
    const calls = mockApi({
      ...visitor,
      '/programmes/p1': programme,
      '/open/v1/programmes/p1/assignments': page([
        openAssignment(
          'a1',
          't1',
          'MOB-1',
          'Slimme mobiliteit',
          100_000_00,
          'Minder files in de spits',
          ['Tien mobiliteitshubs', 'Een regionale fietsroute'],
        ),
        openAssignment('a2', 't2', 'ENE-1', 'Warmtenet', 50_000_00, 'Aardgasvrije wijken', []),
      ]),
      '/programmes/p1/contributions': contributions,
      '/programmes/p1/council-decisions': councils,
    });
    renderPublic('p1');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Werkprogramma 2026' }),
    ).toBeVisible();
    expect(screen.getByText('Vastgesteld')).toBeVisible();
    expect(screen.getByText('14 oktober 2026')).toBeVisible();
    expect(screen.getByText('Samen werken aan een bereikbare regio.')).toBeVisible();

    expect(await screen.findByRole('heading', { level: 3, name: 'Bereikbaarheid' })).toBeVisible();
    const mobility = screen.getByRole('article', { name: 'MOB-1 Slimme mobiliteit' });
    expect(await within(mobility).findByText('Minder files in de spits')).toBeVisible();
    expect(within(mobility).getByText('Tien mobiliteitshubs')).toBeVisible();
    expect(within(mobility).getByText('€ 100.000,00')).toBeVisible();
    const heat = screen.getByRole('article', { name: 'ENE-1 Warmtenet' });
    expect(await within(heat).findByText('Geen resultaten vastgelegd.')).toBeVisible();
    // Goal and results come with the list: no request per assignment.
    expect(calls.filter((c) => c.path.startsWith('/assignments/'))).toEqual([]);

    const budget = screen.getByRole('table', { name: 'Begroting per financieringsbron' });
    expect(within(budget).getByRole('row', { name: /Provincie/ })).toHaveTextContent('€ 50.000,00');
    expect(within(budget).getByRole('row', { name: /Totaal/ })).toHaveTextContent('€ 150.000,00');

    const perMunicipality = await screen.findByRole('table', {
      name: /Wat elke gemeente bijdraagt/,
    });
    const rows = within(perMunicipality).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Best30.000€ 20.000,00€ 0,67');
    expect(rows[3]).toHaveTextContent('Totaal€ 100.000,00');

    const openData = screen.getByRole('region', { name: 'Open data' });
    expect(within(openData).getAllByRole('link', { name: 'CSV' })[0]).toHaveAttribute(
      'href',
      '/api/open/v1/programmes/p1/assignments?format=csv',
    );
    expect(await screen.findByText('3 van de 3 gemeenteraden hebben gereageerd.')).toBeVisible();
    const decisions = screen.getByRole('table', { name: 'Aantal gemeenteraden per besluit' });
    expect(
      within(decisions).getByRole('row', { name: /Ingestemd met zienswijze/ }),
    ).toHaveTextContent('1');
    expect(within(decisions).queryByRole('row', { name: /Afgewezen/ })).toBeNull();
    expect(document.body.textContent).not.toMatch(/@/);
  });

  it('says in words that a programme is not public when the API refuses a visitor', async () => {
    mockApi({ ...visitor, '/programmes/p2': { status: 401, body: { status: 401 } } });
    renderPublic('p2');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Dit programma is (nog) niet openbaar',
      }),
    ).toBeVisible();
  });

  it('does not publish a programme that is still with the councils, even to a member', async () => {
    mockApi({
      '/auth/me': {
        user: { id: 'u', email: 'x@y', name: 'X', isPlatformAdmin: false },
        roles: [],
        csrfToken: 'c',
      },
      '/programmes/p1': { ...programme, status: 'consultation' },
    });
    renderPublic('p1');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Dit programma is (nog) niet openbaar',
      }),
    ).toBeVisible();
    expect(screen.queryByText('Samen werken aan een bereikbare regio.')).toBeNull();
  });
});
