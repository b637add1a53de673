import { screen, within } from '@testing-library/react';
import { bureau, programme, regionRoutes } from '../features/assignments/test-fixtures';
import { mockApi, page } from '../test/mock-api';
import { renderRoute } from '../test/render-route';

const warnings = [
  {
    code: 'POPULATION_MISSING',
    municipalityId: 'm3',
    municipalityName: 'Dalfsen',
    referenceDate: '2026-01-01',
    message: '…',
  },
  {
    code: 'POPULATION_STALE',
    municipalityId: 'm1',
    municipalityName: 'Kampen',
    referenceDate: '2026-01-01',
    populationDate: '2024-01-01',
    message: '…',
  },
  {
    code: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS',
    assignmentId: 'a1',
    assignmentCode: 'MOB-01',
    budgetLineIndex: 1,
    year: 2026,
    amountCents: 50_000_00,
    message: '…',
  },
];

function renderProgramme(over: Record<string, unknown> = {}, me: unknown = bureau) {
  mockApi({
    ...regionRoutes,
    '/auth/me': me,
    '/programmes/p1': { ...programme, moneyWarnings: warnings, ...over },
    '/programmes/p1/assignments': page([]),
  });
  renderRoute('/programma/p1');
  return screen.findByRole('region', { name: /Let op/ }, { timeout: 5_000 });
}

describe('the money warnings on the programme page', () => {
  it('show the bureau, before sending, which populations are missing or old and which date is used', async () => {
    const region = await renderProgramme();
    expect(region).toHaveAccessibleName('Let op vóór het verzenden aan de raden: de bijdragen');
    expect(region).toHaveTextContent('De peildatum van dit programma is 1 januari 2026.');
    const items = within(region).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Van 1 gemeente is geen inwonertal bekend op of vóór 1 januari 2026, dus wat naar inwonertal gaat kan niet worden verdeeld: Dalfsen.',
    );
    expect(items[1]).toHaveTextContent(
      'Van 1 gemeente is het laatste inwonertal meer dan een jaar ouder dan de peildatum (1 januari 2026): Kampen (1 januari 2024).',
    );
    expect(items[2]).toHaveTextContent(
      'MOB-01, begrotingsregel 2 (extra bijdrage 2026, € 50.000,00): er staat nog niet bij welke gemeenten betalen',
    );
    expect(within(items[1]).getByRole('link', { name: 'Kampen' })).toHaveAttribute(
      'href',
      '/regio/r1/gemeenten/m1/inwoners?programma=p1',
    );
    expect(
      within(items[2]).getByRole('link', { name: 'Betalers kiezen in MOB-01' }),
    ).toHaveAttribute('href', '/opdracht/a1/bewerken');
  });

  it('say nothing when every population is current and every extra line names its payers', async () => {
    mockApi({
      ...regionRoutes,
      '/programmes/p1': { ...programme, moneyWarnings: [] },
      '/programmes/p1/assignments': page([]),
    });
    renderRoute('/programma/p1');
    await screen.findByRole('heading', { level: 1, name: 'Werkprogramma 2026' });
    expect(screen.queryByRole('region', { name: /Let op/ })).toBeNull();
  });

  it('offer no fixing links to a reader', async () => {
    const region = await renderProgramme(
      { status: 'consultation' },
      { ...bureau, roles: [{ ...bureau.roles[0], role: 'observer' }] },
    );
    expect(region).toHaveAccessibleName('Let op bij de bijdragen');
    expect(within(region).queryByRole('link')).toBeNull();
  });
});
