import type { CouncilPackResponse } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const me = {
  user: { id: 'u1', email: 'board@koers.demo', name: 'Bestuur', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'board',
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
};

const contribution = {
  municipalityId: 'ehv',
  name: 'Eindhoven',
  cbsCode: 'GM0772',
  population: 246_443,
  populationDate: '2024-01-01',
  populationStatus: 'current' as const,
  totalCents: 24_429_776,
  byAssignment: [
    { assignmentId: 'a1', code: 'A1', amountCents: 4_275_211 },
    { assignmentId: 'a2', code: 'A2', amountCents: 20_154_565 },
  ],
  perInhabitantCents: 99.13,
  previousYearTotalCents: 20_000_000,
  differenceCents: 4_429_776,
  laterYears: [{ year: 2027, totalCents: 5_000_000, byAssignment: [] }],
};

const full: CouncilPackResponse = {
  programme: {
    id: 'p1',
    title: 'Werkprogramma 2026',
    year: 2026,
    status: 'consultation',
    introduction: 'Wat we in 2026 samen willen bereiken.',
    sentToCouncilsOn: '2026-03-02',
    consultationDeadline: '2026-05-25',
    adoptedOn: null,
    populationReferenceDate: '2024-01-01',
    viewWindowWeeks: 12,
  },
  region: { id: 'r1', name: 'Metropoolregio Eindhoven', governanceMode: 'wgr_public_body' },
  municipality: {
    id: 'ehv',
    name: 'Eindhoven',
    cbsCode: 'GM0772',
    population: 246_443,
    populationDate: '2024-01-01',
    populationStatus: 'current',
  },
  contribution,
  contributionUnavailable: null,
  assignments: [
    {
      id: 'a1',
      code: 'A1',
      title: 'Snelfietsroutes',
      themeTitle: 'Mobiliteit',
      goal: 'Meer mensen op de fiets.',
      participation: 'all',
      participates: true,
      takesPart: true,
      contributionCents: 4_275_211,
      previousYearCents: 4_000_000,
      change: 'changed',
    },
    {
      id: 'a2',
      code: 'A2',
      title: 'Woondeals',
      themeTitle: 'Wonen',
      goal: '',
      participation: 'all',
      participates: true,
      takesPart: true,
      contributionCents: 20_154_565,
      previousYearCents: null,
      change: 'new',
    },
  ],
  previousYear: { programmeId: 'p0', year: 2025, title: 'Werkprogramma 2025' },
  endedAssignments: [{ code: 'Z9', title: 'Oude opdracht', previousYearCents: 1_000_000 }],
  councilDecision: null,
  contacts: [{ name: 'Sanne Bureau', email: 'sanne@regio.test' }],
  warnings: [],
};

describe('the council pack page', () => {
  it('shows the figures of the API, the table of the chart, the changes and the PDF link', async () => {
    mockApi({ '/auth/me': me, '/programmes/p1/municipalities/ehv/council-pack': full });
    renderRoute('/programma/p1/gemeente/ehv/raadsinformatie');
    // The heading may break inside the compound on a phone (<wbr>), and reads as one word.
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Raadsinformatiepakket Eindhoven',
    );
    const download = screen.getByRole('link', { name: 'Raadsinformatiepakket downloaden (PDF)' });
    expect(download).toHaveAttribute(
      'href',
      '/api/programmes/p1/municipalities/ehv/council-pack/pdf',
    );
    expect(screen.getByText('€ 244.297,76', { selector: 'dd' })).toBeVisible();
    // Each assignment in brief opens its read page.
    expect(screen.getByRole('link', { name: /^A1 Snelfietsroutes/ })).toHaveAttribute(
      'href',
      '/opdracht/a1',
    );
    expect(screen.getByText('+€ 44.297,76 (2025: € 200.000,00)')).toBeVisible();
    expect(screen.getByText('€ 0,99 (246.443 inwoners)')).toBeVisible();
    expect(screen.getByText('Tot en met 25 mei 2026')).toBeVisible();
    const perAssignment = screen.getByRole('table', {
      name: /Bijdrage van Eindhoven per opdracht/,
    });
    expect(
      within(perAssignment).getByRole('row', { name: /A1 Snelfietsroutes/ }),
    ).toHaveTextContent('€ 42.752,11');
    expect(within(perAssignment).getByRole('row', { name: /Totaal/ })).toHaveTextContent(
      '€ 244.297,76',
    );
    const later = screen.getByRole('table', { name: 'Bijdrage van Eindhoven in latere jaren' });
    expect(within(later).getByRole('row', { name: /2027/ })).toHaveTextContent('€ 50.000,00');
    const changes = screen.getByRole('table', { name: /Vergeleken met Werkprogramma 2025/ });
    expect(within(changes).getByRole('row', { name: /A2 Woondeals/ })).toHaveTextContent('Nieuw');
    expect(within(changes).getByRole('row', { name: /Z9 Oude opdracht/ })).toHaveTextContent(
      'Vervallen',
    );
    expect(screen.getByText(/tot en met 25 mei 2026 een zienswijze indienen/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'sanne@regio.test' })).toBeVisible();
  });

  it('says so for a programme without assignments, money or population, and never shows 0', async () => {
    const empty: CouncilPackResponse = {
      ...full,
      programme: {
        ...full.programme,
        status: 'draft',
        introduction: '',
        sentToCouncilsOn: null,
        consultationDeadline: null,
      },
      municipality: {
        ...full.municipality,
        population: null,
        populationDate: null,
        populationStatus: 'missing',
      },
      contribution: null,
      contributionUnavailable: 'Van Eindhoven is geen inwonertal bekend.',
      assignments: [],
      previousYear: null,
      endedAssignments: [],
      contacts: [],
    };
    mockApi({ '/auth/me': me, '/programmes/p1/municipalities/ehv/council-pack': empty });
    renderRoute('/programma/p1/gemeente/ehv/raadsinformatie');
    expect(await screen.findByText('Dit programma heeft (nog) geen opdrachten.')).toBeVisible();
    expect(screen.getByText(/Concept: dit programma is nog niet/)).toBeVisible();
    expect(
      screen.getByText(/Inwonertal op de peildatum \(1 januari 2024\): onbekend\. Gevolg:/),
    ).toBeVisible();
    expect(
      screen.getByText(/De bijdrage kan nu niet tot op de cent worden berekend/),
    ).toBeVisible();
    expect(screen.getByText('Onbekend (inwonertal onbekend)')).toBeVisible();
    expect(screen.queryByText(/€ 0,00/)).toBeNull();
    expect(screen.queryByRole('table', { name: /per opdracht/ })).toBeNull();
    expect(screen.getByText(/Er is geen programma van 2025/)).toBeVisible();
    expect(
      screen.getByText('Het programma is nog niet aan de gemeenteraden voorgelegd.'),
    ).toBeVisible();
    expect(
      screen.getByText('Neem contact op met het regiobureau van Metropoolregio Eindhoven.'),
    ).toBeVisible();
  });

  it('shows the error state when the API refuses', async () => {
    mockApi({ '/auth/me': me });
    renderRoute('/programma/p1/gemeente/ehv/raadsinformatie');
    expect(
      await screen.findByText('Het raadsinformatiepakket kon niet worden geladen.'),
    ).toBeVisible();
  });
});
