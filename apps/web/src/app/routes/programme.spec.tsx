import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { programme, regionRoutes, summary } from '../../features/assignments/test-fixtures';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

function renderWorkspace(url = '/programma/p1') {
  return renderRoute(url);
}

const list = page([
  summary({
    id: 'a1',
    code: 'MOB-01',
    title: 'Snelfietspaden',
    budgetTotalCents: 100_000_00,
    fteTotal: 0.5,
    portfolioHolderId: 'h1',
  }),
  summary({
    id: 'a2',
    code: 'WON-01',
    title: 'Woningbouwversnelling',
    themeId: 't2',
    status: 'concept',
    budgetTotalCents: 30_000_00,
  }),
  summary({
    id: 'a3',
    code: 'MOB-02',
    title: 'Laadpalen',
    budgetTotalCents: 20_000_00,
    hoursTotal: 120,
    portfolioHolderId: 'h2',
  }),
]);

describe('the programme workspace', () => {
  it('groups the assignments by theme with budget, capacity, portfolio holder and status, and shows the totals', async () => {
    mockApi({
      ...regionRoutes,
      '/programmes/p1/assignments': list,
    });
    renderWorkspace();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Werkprogramma 2026' }),
    ).toBeVisible();
    expect(screen.getByText('Jaarprogramma 2026 · status: Concept')).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van dit programma' });
    expect(within(nav).getByRole('link', { name: 'Besluitvorming' })).toHaveAttribute(
      'href',
      '/programma/p1/besluitvorming',
    );

    const mobility = await screen.findByRole('table', {
      name: /^2 opdrachten, samen €.120\.000,00$/,
    });
    const bike = within(mobility).getByRole('row', { name: /Snelfietspaden/ });
    expect(bike).toHaveTextContent('MOB-01');
    expect(bike).toHaveTextContent('€ 100.000,00');
    expect(bike).toHaveTextContent('Wethouder De Vries');
    expect(bike).toHaveTextContent('Actief');
    expect(await within(bike).findByText('0,5 fte')).toBeVisible();
    const charging = within(mobility).getByRole('row', { name: /Laadpalen/ });
    expect(await within(charging).findByText('120 uur')).toBeVisible();
    expect(within(charging).getByRole('link', { name: 'Laadpalen' })).toHaveAttribute(
      'href',
      '/opdracht/a3/bewerken',
    );

    const housing = screen.getByRole('table', { name: /^1 opdracht, samen €.30\.000,00$/ });
    expect(within(housing).getByRole('row', { name: /Woningbouwversnelling/ })).toHaveTextContent(
      'nog niemand',
    );

    const bySource = screen.getByRole('table', { name: 'Begroting per financieringsbron' });
    expect(within(bySource).getByRole('row', { name: /Provincie/ })).toHaveTextContent(
      '€ 50.000,00',
    );
    expect(within(bySource).getByRole('row', { name: /Totaal/ })).toHaveTextContent('€ 150.000,00');
    const byYear = screen.getByRole('table', { name: 'Begroting per jaar' });
    expect(within(byYear).getByRole('row', { name: /2027/ })).toHaveTextContent('€ 50.000,00');
    const byTheme = screen.getByRole('table', { name: 'Begroting per opgave' });
    expect(within(byTheme).getByRole('row', { name: /Wonen/ })).toHaveTextContent('€ 30.000,00');

    expect(screen.getByRole('link', { name: 'Nieuwe opdracht' })).toHaveAttribute(
      'href',
      '/programma/p1/opdracht/nieuw',
    );
  });

  it('sends the filters and the search to the API as list parameters', async () => {
    const calls = mockApi({ ...regionRoutes, '/programmes/p1/assignments': list });
    renderWorkspace();
    await screen.findByRole('table', { name: /2 opdrachten/ });

    await userEvent.selectOptions(screen.getByLabelText('Opgave'), 'Wonen');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Concept');
    await userEvent.selectOptions(screen.getByLabelText('Portefeuillehouder'), 'Wethouder Jansen');
    await userEvent.selectOptions(screen.getByLabelText('Deelnemende gemeente'), 'Zwolle');
    await userEvent.type(screen.getByLabelText('Zoeken'), 'fiets');

    await waitFor(() =>
      expect(calls.map((c) => c.path)).toContain(
        '/programmes/p1/assignments?themeId=t2&status=concept&portfolioHolderId=h2&municipalityId=m2&q=fiets&limit=200&offset=0',
      ),
    );
  });

  it('says an empty programme has no assignments yet', async () => {
    mockApi({ ...regionRoutes, '/programmes/p1/assignments': page([]) });
    renderWorkspace();
    expect(await screen.findByText('Dit programma heeft nog geen opdrachten.')).toBeVisible();
  });

  it('offers no new assignment once the programme left draft', async () => {
    mockApi({
      ...regionRoutes,
      '/programmes/p1': { ...programme, status: 'consultation' },
      '/programmes/p1/assignments': page([]),
    });
    renderWorkspace();
    expect(await screen.findByText(/status: Bij de gemeenteraden/)).toBeVisible();
    await screen.findByText('Dit programma heeft nog geen opdrachten.');
    expect(screen.queryByRole('link', { name: 'Nieuwe opdracht' })).toBeNull();
  });
});
