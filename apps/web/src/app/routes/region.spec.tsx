import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const region = {
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'Regio Zwolle',
  governanceMode: 'network',
  provinces: ['Overijssel', 'Gelderland'],
  viewWindowWeeks: 12,
};
const municipality = (name: string, cbsCode: string, population: number | null) => ({
  id: cbsCode,
  name,
  cbsCode,
  population,
  populationKnown: population !== null,
  populationReferenceDate: population === null ? null : '2024-01-01',
});

function renderRegion() {
  renderRoute('/regio/r1');
}

describe('the region home', () => {
  it('shows programmes, themes, municipalities with population, and partners', async () => {
    mockApi({
      '/regions/r1': region,
      '/regions/r1/programmes': page([
        // The API's order: newest year first.
        { id: 'p2', year: 2026, title: 'Werkprogramma 2026', status: 'draft', assignmentCount: 9 },
        { id: 'p1', year: 2025, title: 'Werkprogramma 2025', status: 'draft', assignmentCount: 4 },
      ]),
      '/regions/r1/themes': page([
        { id: 't1', title: 'Bereikbaarheid', periodStartYear: 2024, periodEndYear: 2027 },
      ]),
      '/regions/r1/municipalities': page([
        municipality('Kampen', 'GM0166', 54_916),
        municipality('Zwolle', 'GM0193', 132_000),
        municipality('Dalfsen', 'GM0148', null),
      ]),
      '/regions/r1/organisations': page([
        { id: 'o1', name: 'Provincie Overijssel', kind: 'province' },
      ]),
    });
    renderRegion();

    expect(await screen.findByRole('heading', { level: 1, name: 'Regio Zwolle' })).toBeVisible();
    const programmeRows = within(await screen.findByRole('table', { name: '' })).getAllByRole(
      'row',
    );
    expect(programmeRows[1]).toHaveTextContent('2026Werkprogramma 2026Concept9');
    expect(await screen.findByText('Bereikbaarheid (2024–2027)')).toBeVisible();

    const members = await screen.findByRole('table', { name: '3 gemeenten' });
    expect(within(members).getByRole('row', { name: /Dalfsen/ })).toHaveTextContent('Onbekend');
    expect(within(members).getByRole('row', { name: /Zwolle/ })).toHaveTextContent('132.000');
    // Each row is named by its municipality for screen readers, not only by its position.
    expect(
      within(members)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Kampen', 'Zwolle', 'Dalfsen', 'Totaal (bekende inwonertallen)']);
    expect(within(members).getByRole('row', { name: /Totaal/ })).toHaveTextContent(
      'Totaal (bekende inwonertallen)186.916',
    );
    expect(screen.getByText(/Van 1 gemeente is het inwonertal niet bekend/)).toBeVisible();
    expect(await screen.findByText('Provincie Overijssel — provincie')).toBeVisible();
  });

  it('lists the programmes page by page, asking the API for one page at a time', async () => {
    const user = userEvent.setup();
    const programmes = Array.from({ length: 25 }, (_, i) => ({
      id: `p${i}`,
      year: 2030 - i,
      title: `Werkprogramma ${2030 - i}`,
      status: 'closed',
      assignmentCount: 1,
    }));
    const calls = mockApi({
      '/regions/r1': region,
      '/regions/r1/programmes': { ...page(programmes), total: 30, limit: 25 },
      '/regions/r1/themes': page([]),
      '/regions/r1/municipalities': page([]),
      '/regions/r1/organisations': page([]),
    });
    renderRegion();

    const pages = await screen.findByRole('navigation', { name: 'Pagina’s van de lijst' });
    expect(pages).toHaveTextContent('1–25 van 30 · Pagina 1 van 2');
    // (The portfolio section on the same page picks from all programmes: limit=200.)
    const asked = () => calls.filter((c) => c.path.startsWith('/regions/r1/programmes?limit=25'));
    expect(asked().map((c) => c.path)).toEqual(['/regions/r1/programmes?limit=25&offset=0']);
    await user.click(within(pages).getByRole('button', { name: 'Volgende pagina' }));
    await screen.findByText(/26–30 van 30/);
    expect(asked().at(-1)?.path).toBe('/regions/r1/programmes?limit=25&offset=25');
  });

  it('says a region without programmes has none yet', async () => {
    mockApi({
      '/regions/r1': region,
      '/regions/r1/programmes': page([]),
      '/regions/r1/themes': page([]),
      '/regions/r1/municipalities': page([]),
      '/regions/r1/organisations': page([]),
    });
    renderRegion();
    expect(await screen.findByText('Deze regio heeft nog geen jaarprogramma.')).toBeVisible();
    expect(await screen.findByText('Deze regio heeft nog geen gemeenten.')).toBeVisible();
  });

  it('links each theme, partner and person to its edit screen for the bureau', async () => {
    mockApi({
      '/auth/me': {
        user: { id: 'u1', email: 'b@koers.demo', name: 'Bureau', isPlatformAdmin: false },
        roles: [{ regionId: 'r1', role: 'bureau', municipalityId: null, personId: null }],
      },
      '/regions/r1': { ...region, version: 1 },
      '/regions/r1/programmes': page([]),
      '/regions/r1/themes': page([
        { id: 't1', title: 'Bereikbaarheid', periodStartYear: 2024, periodEndYear: 2027 },
      ]),
      '/regions/r1/municipalities': page([municipality('Kampen', 'GM0166', 54_916)]),
      '/regions/r1/organisations': page([
        { id: 'o1', name: 'Provincie Overijssel', kind: 'province' },
      ]),
      '/regions/r1/people': page([{ id: 'h1', name: 'Anne Verbeek', function: 'wethouder' }]),
    });
    renderRegion();
    expect(await screen.findByRole('link', { name: 'Bereikbaarheid bewerken' })).toHaveAttribute(
      'href',
      '/regio/r1/opgaven/t1/bewerken',
    );
    expect(
      await screen.findByRole('link', { name: 'Provincie Overijssel bewerken' }),
    ).toHaveAttribute('href', '/regio/r1/partners/o1/bewerken');
    expect(await screen.findByText(/Anne Verbeek — wethouder/)).toBeVisible();
    // Municipalities and the region itself are the administrator's.
    expect(screen.queryByRole('link', { name: 'Kampen bewerken' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Regio bewerken' })).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Anne Verbeek bewerken' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Persoon bewerken' }),
    ).toBeVisible();
  });

  it('shows what each municipality pays for the newest programme past draft, as a table and a chart', async () => {
    const contribution = (municipalityId: string, name: string, totalCents: number) => ({
      municipalityId,
      name,
      totalCents,
      perInhabitantCents: totalCents / 1000,
    });
    mockApi({
      '/regions/r1': region,
      '/regions/r1/programmes': page([
        { id: 'p3', year: 2027, title: 'Werkprogramma 2027', status: 'draft', assignmentCount: 1 },
        {
          id: 'p2',
          year: 2026,
          title: 'Werkprogramma 2026',
          status: 'adopted',
          assignmentCount: 9,
        },
      ]),
      '/regions/r1/themes': page([]),
      '/regions/r1/municipalities': page([]),
      '/regions/r1/organisations': page([]),
      '/programmes/p2/contributions': {
        programmeId: 'p2',
        totalCents: 300_000_00,
        municipalities: [
          contribution('m2', 'Zwolle', 200_000_00),
          contribution('m1', 'Kampen', 100_000_00),
        ],
      },
    });
    renderRegion();

    const table = await screen.findByRole('table', {
      name: 'Bijdrage per gemeente aan Werkprogramma 2026',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent?.replace(/\u00a0/g, ' ')),
    ).toEqual([
      'GemeenteBijdragePer inwoner',
      'Kampen€ 100.000,00€ 100,00',
      'Zwolle€ 200.000,00€ 200,00',
      'Totaal€ 300.000,00',
    ]);
    expect(within(table).getByRole('link', { name: 'Kampen' })).toHaveAttribute(
      'href',
      '/programma/p2/gemeente/m1',
    );
    const chart = await screen.findByRole('img', {
      name: 'Bijdrage per gemeente: grafiek; de cijfers staan in de tabel „Bijdrage per gemeente aan Werkprogramma 2026”.',
    });
    expect(chart).toHaveTextContent('Kampen€ 100.000,00Zwolle€ 200.000,00');
  });

  it('says so when the region cannot be loaded', async () => {
    mockApi({});
    renderRegion();
    expect(
      await screen.findByText('Deze regio kon niet worden geladen. Bestaat zij wel?'),
    ).toBeVisible();
  });
});
