import type { AssignmentOverviewResponse } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import { assignment, regionRoutes, summary } from '../../features/assignments/test-fixtures';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const clerk = {
  user: { id: 'u9', email: 'council.zwolle@koers.demo', name: 'Griffie', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Regio Zwolle',
      role: 'council',
      municipalityId: 'm2',
      municipalityName: 'Zwolle',
      personId: null,
    },
  ],
  csrfToken: 'csrf-9',
};
const visitor = { status: 401, body: { status: 401 } };
const ref = (id: string, name: string) => ({ id, name });

const full: AssignmentOverviewResponse = {
  assignment: assignment({
    kpis: [
      {
        name: 'Fietsers per dag',
        unit: 'fietsers',
        baseline: '1.200',
        target: '2.000',
        targetDate: '2027-12-31',
        broadProsperityTheme: 'health',
      },
    ],
    mandate: {
      scope: 'Tracékeuze binnen de corridor',
      budgetCeilingCents: 250_000_00,
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      reportBackDates: ['2026-06-01'],
      escalation: 'Overschrijding van het plafond',
    },
    budgetLines: [
      {
        fundingSource: 'member_contribution',
        sourceName: 'Inwonerbijdrage',
        year: 2026,
        amountCents: 100_000_00,
        payers: null,
        payerSplit: null,
        needsPayers: false,
      },
      {
        fundingSource: 'province',
        sourceName: 'Provincie Overijssel',
        year: 2027,
        amountCents: 40_000_00,
        payers: null,
        payerSplit: null,
        needsPayers: false,
      },
    ],
    budgetTotalCents: 140_000_00,
  }),
  programme: { id: 'p1', title: 'Werkprogramma 2026', year: 2026, status: 'consultation' },
  theme: ref('t1', 'Bereikbaarheid'),
  portfolioHolder: { id: 'h1', name: 'Wethouder De Vries', function: 'wethouder Kampen' },
  lead: null,
  municipalities: [ref('m3', 'Dalfsen'), ref('m1', 'Kampen'), ref('m2', 'Zwolle')],
  participants: [ref('m3', 'Dalfsen'), ref('m1', 'Kampen'), ref('m2', 'Zwolle')],
  declinedBy: [ref('m3', 'Dalfsen')],
  steeringGroup: {
    members: [
      {
        person: { id: 'h2', name: 'Gedeputeerde Smit', function: null },
        organisation: ref('o1', 'Provincie Overijssel'),
        role: 'chair',
      },
    ],
    commitments: [
      {
        organisation: ref('o1', 'Provincie Overijssel'),
        description: 'Cofinanciering',
        amountCents: 50_000_00,
        fte: null,
      },
    ],
  },
  linkedAssignments: [{ id: 'a2', code: 'MOB-02', title: 'Laadpalen' }],
  externalProgrammes: [
    { id: 'x1', name: 'Nationale Agenda Laadinfrastructuur', level: 'national' },
  ],
};

const empty: AssignmentOverviewResponse = {
  ...full,
  assignment: assignment({ kpis: [], budgetLines: [], capacityLines: [], budgetTotalCents: 0 }),
  portfolioHolder: null,
  declinedBy: [],
  steeringGroup: { members: [], commitments: [] },
  linkedAssignments: [],
  externalProgrammes: [],
};

const contribution = (over: Record<string, unknown>) => ({
  municipalityId: 'm2',
  name: 'Zwolle',
  cbsCode: 'GM0193',
  population: 130_000,
  populationDate: '2025-01-01',
  populationStatus: 'current',
  totalCents: 61_234_56,
  byAssignment: [{ assignmentId: 'a1', code: 'MOB-01', amountCents: 61_234_56 }],
  perInhabitantCents: 47.1,
  previousYearTotalCents: null,
  differenceCents: null,
  laterYears: [
    {
      year: 2027,
      totalCents: 12_345_67,
      byAssignment: [{ assignmentId: 'a1', code: 'MOB-01', amountCents: 12_345_67 }],
    },
  ],
  ...over,
});
const summaryOf = (over: Record<string, unknown> = {}) => ({
  programmeId: 'p1',
  programmeTitle: 'Werkprogramma 2026',
  year: 2026,
  programmeStatus: 'consultation',
  municipality: { id: 'm2', name: 'Zwolle', cbsCode: 'GM0193', population: 130_000 },
  contribution: contribution(over),
  assignments: [],
  councilDecision: null,
  warnings: [],
});

const asClerk = (overview: AssignmentOverviewResponse, summary = summaryOf()) =>
  mockApi({
    ...regionRoutes,
    '/auth/me': clerk,
    '/assignments/a1/overview': overview,
    '/programmes/p1/municipalities/m2/summary': summary,
  });

describe('the read-only assignment page', () => {
  it('shows a council clerk the whole assignment and what their municipality pays, to the cent', async () => {
    asClerk(full);
    renderRoute('/opdracht/a1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'MOB-01 Snelfietspaden' }),
    ).toBeVisible();
    // Headings in order: one h1, then sections at h2 (with h3 inside).
    const levels = screen
      .getAllByRole('heading')
      .map((h) => Number(h.tagName.slice(1)))
      .filter((level, i, all) => i === 0 || level !== all[i - 1]);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]).toBeLessThanOrEqual(1));
    expect(screen.getByText('Meer mensen op de fiets')).toBeVisible();

    const kpis = screen.getByRole('table', { name: /KPI’s met nulmeting/ });
    const kpi = within(kpis).getByRole('rowheader', { name: 'Fietsers per dag' }).closest('tr');
    expect(kpi).toHaveTextContent('1.200 fietsers');
    expect(kpi).toHaveTextContent('2.000 fietsers op 31 december 2027');
    expect(kpi).toHaveTextContent('Gezondheid');

    const budget = screen.getByRole('table', { name: 'Begroting per financieringsbron en jaar' });
    expect(
      within(budget)
        .getByRole('rowheader', { name: /^Provincie/ })
        .closest('tr'),
    ).toHaveTextContent(/ProvincieProvincie Overijssel2027€\s40\.000,00/);
    expect(
      within(budget).getByRole('rowheader', { name: 'Totaal' }).closest('tr'),
    ).toHaveTextContent(/€\s140\.000,00/);
    expect(
      screen.getByRole('table', { name: 'Capaciteit per leverancier en jaar' }),
    ).toHaveTextContent(/Regiobureau20260,5 fte/);

    const share = await screen.findByRole('region', {
      name: 'Wat betaalt Zwolle voor deze opdracht?',
    });
    expect(within(share).getByText('Aandeel in 2026').nextSibling).toHaveTextContent(
      /^€\s61\.234,56$/,
    );
    expect(share).toHaveTextContent(/Aandeel in 2027 \(later jaar.*\)€\s12\.345,67/);
    expect(within(share).getByRole('link', { name: /Alles wat Zwolle betaalt/ })).toHaveAttribute(
      'href',
      '/programma/p1/gemeente/m2',
    );

    expect(screen.getByText('Tracékeuze binnen de corridor')).toBeVisible();
    expect(
      screen.getByText('€ 250.000,00', { normalizer: (s) => s.replace(/\s/g, ' ') }),
    ).toBeVisible();
    expect(screen.getByText('Wethouder De Vries, wethouder Kampen')).toBeVisible();
    const members = screen.getByRole('table', { name: 'Leden van de stuurgroep' });
    expect(members).toHaveTextContent(/Gedeputeerde SmitProvincie OverijsselVoorzitter/);
    expect(screen.getByRole('table', { name: 'Wat de organisaties inbrengen' })).toHaveTextContent(
      /Cofinanciering€\s50\.000,00/,
    );
    expect(screen.getByText('Alle 3 gemeenten van de regio doen mee.')).toBeVisible();
    expect(screen.getByText('Afgewezen door de raad van Dalfsen.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'MOB-02 Laadpalen' })).toHaveAttribute(
      'href',
      '/opdracht/a2',
    );
    expect(screen.getByText('Nationale Agenda Laadinfrastructuur (landelijk)')).toBeVisible();
    // A clerk reads; editing is the bureau's.
    expect(screen.queryByRole('link', { name: 'Deze opdracht bewerken' })).not.toBeInTheDocument();
  });

  it('says in words what is not there, and an unknown population is “onbekend”, never € 0', async () => {
    asClerk(
      empty,
      summaryOf({ population: null, populationDate: null, byAssignment: [], laterYears: [] }),
    );
    renderRoute('/opdracht/a1');
    await screen.findByRole('heading', { level: 1, name: 'MOB-01 Snelfietspaden' });
    expect(screen.getByText('Voor deze opdracht zijn geen KPI’s vastgelegd.')).toBeVisible();
    expect(screen.getByText('Voor deze opdracht is geen begroting vastgelegd.')).toBeVisible();
    expect(screen.getByText('Voor deze opdracht is geen capaciteit vastgelegd.')).toBeVisible();
    expect(screen.getByText('Deze opdracht heeft geen stuurgroep.')).toBeVisible();
    expect(screen.getByText('Geen gemeenteraad heeft deze opdracht afgewezen.')).toBeVisible();
    expect(screen.getByText('Geen gekoppelde opdrachten.')).toBeVisible();
    const share = await screen.findByRole('region', {
      name: 'Wat betaalt Zwolle voor deze opdracht?',
    });
    expect(within(share).getByText('Aandeel in 2026').nextSibling).toHaveTextContent('onbekend');
    expect(within(share).getByText('Inwoners op de peildatum').nextSibling).toHaveTextContent(
      'onbekend',
    );
    expect(share).not.toHaveTextContent('€ 0,00');
    expect(share).toHaveTextContent(/Het inwonertal van Zwolle op de peildatum is niet bekend/);
  });

  it('gives a council clerk who types the edit address a sentence, not a form', async () => {
    mockApi({ ...regionRoutes, '/auth/me': clerk, '/assignments/a1': assignment() });
    renderRoute('/opdracht/a1/bewerken');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Alleen het regiobureau bewerkt opdrachten',
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lees opdracht MOB-01' })).toHaveAttribute(
      'href',
      '/opdracht/a1',
    );
    expect(screen.queryByRole('button', { name: 'Opdracht opslaan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the public an adopted programme’s assignment without a municipality’s share', async () => {
    const calls = mockApi({
      '/auth/me': visitor,
      '/assignments/a1/overview': { ...full, programme: { ...full.programme, status: 'adopted' } },
    });
    renderRoute('/openbaar/opdracht/a1');
    await screen.findByRole('heading', { level: 1, name: 'MOB-01 Snelfietspaden' });
    expect(screen.getByRole('link', { name: 'Terug naar Werkprogramma 2026' })).toHaveAttribute(
      'href',
      '/openbaar/programma/p1',
    );
    expect(screen.getByRole('link', { name: 'MOB-02 Laadpalen' })).toHaveAttribute(
      'href',
      '/openbaar/opdracht/a2',
    );
    expect(screen.queryByRole('region', { name: /Wat betaalt/ })).not.toBeInTheDocument();
    expect(calls.some((call) => call.path.includes('/summary'))).toBe(false);
  });

  it('says so when the assignment cannot be read (a draft, for a council)', async () => {
    mockApi({ ...regionRoutes, '/auth/me': clerk });
    renderRoute('/opdracht/a1');
    expect(
      await screen.findByText(/een gemeenteraad ziet een programma pas als het naar de raden/),
    ).toBeVisible();
  });

  it('is linked from the programme’s list by its title for a council clerk', async () => {
    const list = page([summary({ id: 'a1', code: 'MOB-01', title: 'Snelfietspaden' })]);
    mockApi({ ...regionRoutes, '/auth/me': clerk, '/programmes/p1/assignments': list });
    renderRoute('/programma/p1');
    expect(await screen.findByRole('link', { name: 'Snelfietspaden' })).toHaveAttribute(
      'href',
      '/opdracht/a1',
    );
  });

  it('gives the bureau the edit page by the title and the read page by the code', async () => {
    const list = page([summary({ id: 'a1', code: 'MOB-01', title: 'Snelfietspaden' })]);
    mockApi({ ...regionRoutes, '/programmes/p1/assignments': list });
    renderRoute('/programma/p1');
    expect(await screen.findByRole('link', { name: 'Snelfietspaden' })).toHaveAttribute(
      'href',
      '/opdracht/a1/bewerken',
    );
    expect(screen.getByRole('link', { name: 'Opdracht MOB-01 lezen' })).toHaveAttribute(
      'href',
      '/opdracht/a1',
    );
  });
});
