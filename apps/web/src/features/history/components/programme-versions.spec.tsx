import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const me = {
  user: { id: 'u1', email: 'b@x', name: 'Bureau', isPlatformAdmin: false },
  roles: [],
  csrfToken: 'c',
};
const programme = {
  id: 'p1',
  regionId: 'r1',
  year: 2026,
  title: 'Werkprogramma 2026',
  status: 'adopted',
};
const version = (
  number: number,
  from: string,
  to: string,
  reason: string | null,
  budget: number,
) => ({
  number,
  createdAt: `2026-0${number + 2}-15T09:00:00Z`,
  fromStatus: from,
  toStatus: to,
  reason,
  createdBy: { id: `u${number}`, name: 'Bram Bestuur', role: 'board' },
  assignmentCount: 2 + number,
  budgetTotalCents: budget,
});
const v1 = version(1, 'draft', 'proposed', 'Voorstel aan het bestuur', 100_000_00);
const v2 = version(2, 'draft', 'proposed', 'Na de zienswijzen aangepast', 125_000_00);
const snapshot = (id: string, code: string, title: string, budget: number) => ({
  id,
  code,
  title,
  themeTitle: 'Bereikbaarheid',
  budgetTotalCents: budget,
});
const diff = {
  programmeId: 'p1',
  from: v1,
  to: v2,
  programmeChanges: [],
  added: [snapshot('a3', 'ENE-2', 'Warmtenet', 30_000_00)],
  removed: [snapshot('a2', 'MOB-2', 'Fietssnelweg', 10_000_00)],
  changed: [
    {
      id: 'a1',
      code: 'MOB-1',
      title: 'Slimme mobiliteit',
      changes: [
        { field: 'title', old: 'Mobiliteit', new: 'Slimme mobiliteit' },
        {
          field: 'mandate',
          old: { scope: 'Subsidies', budgetCeilingCents: 50_000_00 },
          new: { scope: 'Subsidies', budgetCeilingCents: 75_000_00 },
        },
      ],
      budget: {
        bySource: [],
        oldTotalCents: 40_000_00,
        newTotalCents: 45_000_00,
        deltaCents: 5_000_00,
      },
    },
  ],
  budget: {
    bySource: [
      {
        fundingSource: 'province',
        oldCents: 20_000_00,
        newCents: 50_000_00,
        deltaCents: 30_000_00,
      },
      {
        fundingSource: 'member_contribution',
        oldCents: 80_000_00,
        newCents: 75_000_00,
        deltaCents: -5_000_00,
      },
    ],
    oldTotalCents: 100_000_00,
    newTotalCents: 125_000_00,
    deltaCents: 25_000_00,
  },
  contributions: [
    { municipalityId: 'm1', oldCents: 10_000_00, newCents: 11_234_56, deltaCents: 1_234_56 },
    { municipalityId: 'm2', oldCents: 5_000_00, newCents: 4_500_00, deltaCents: -500_00 },
  ],
};

function renderAt(path: string) {
  return renderRoute(path);
}

describe('programme history', () => {
  it('lists the versions and shows the difference between the last two', async () => {
    mockApi({
      '/auth/me': me,
      '/programmes/p1': programme,
      '/programmes/p1/versions': { programmeId: 'p1', items: [v2, v1] },
      '/programmes/p1/versions/1/diff/2': diff,
      '/regions/r1/municipalities': page([
        { id: 'm1', name: 'Best' },
        { id: 'm2', name: 'Eersel' },
      ]),
    });
    renderAt('/programma/p1/geschiedenis');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Geschiedenis van Werkprogramma 2026 (2026)',
      }),
    ).toBeVisible();
    const versions = await screen.findByRole('table', { name: '2 versies, oudste eerst' });
    const rows = within(versions).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      '115 maart 2026Concept → Voorstel aan het bestuurBram Bestuur (Bestuur)Voorstel aan het bestuur3€ 100.000,00',
    );
    expect(rows[2]).toHaveTextContent('Na de zienswijzen aangepast');

    expect(
      await screen.findByRole('heading', { name: 'Van versie 1 naar versie 2' }),
    ).toBeVisible();
    expect(
      await screen.findByText('Na de zienswijzen aangepast', { selector: 'dd' }),
    ).toBeVisible();
    expect(
      screen.getByText(/^Versie 2 \(.*, door Bram Bestuur \(Bestuur\)\)$/, { selector: 'dt' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: '1 opdracht toegevoegd' })).toBeVisible();
    expect(screen.getByText('ENE-2 Warmtenet — Bereikbaarheid, € 30.000,00')).toBeVisible();
    expect(screen.getByText('MOB-2 Fietssnelweg — Bereikbaarheid, € 10.000,00')).toBeVisible();

    const changed = screen.getByRole('article', { name: 'MOB-1 Slimme mobiliteit' });
    expect(
      within(changed).getByText('Begroting: € 40.000,00 → € 45.000,00 (+ € 5.000,00)'),
    ).toBeVisible();
    expect(within(changed).getByRole('row', { name: /^Titel/ })).toHaveTextContent(
      'TitelMobiliteitSlimme mobiliteit',
    );
    expect(within(changed).getByRole('row', { name: /budgetplafond/ })).toHaveTextContent(
      'Mandaat: budgetplafond€ 50.000,00€ 75.000,00',
    );
    expect(within(changed).queryByRole('row', { name: /wat mag worden besloten/ })).toBeNull();

    const budget = screen.getByRole('table', { name: /Begroting per financieringsbron/ });
    expect(within(budget).getByRole('row', { name: /Provincie/ })).toHaveTextContent(
      'Provincie€ 20.000,00€ 50.000,00+ € 30.000,00',
    );
    expect(
      within(budget).getByRole('row', { name: /Bijdrage van de gemeenten/ }),
    ).toHaveTextContent('− € 5.000,00');
    expect(within(budget).getByRole('row', { name: /Totaal/ })).toHaveTextContent(
      'Totaal€ 100.000,00€ 125.000,00+ € 25.000,00',
    );
    const perMunicipality = screen.getByRole('table', { name: /Bijdrage per gemeente/ });
    expect(await within(perMunicipality).findByRole('row', { name: /Best/ })).toHaveTextContent(
      'Best€ 10.000,00€ 11.234,56+ € 1.234,56',
    );
    expect(within(perMunicipality).getByRole('row', { name: /Eersel/ })).toHaveTextContent(
      '− € 500,00',
    );
  });

  it('compares the versions chosen, and refuses the same version twice', async () => {
    const v3 = version(3, 'draft', 'proposed', null, 130_000_00);
    const calls = mockApi({
      '/auth/me': me,
      '/programmes/p1': programme,
      '/programmes/p1/versions': { programmeId: 'p1', items: [v1, v2, v3] },
      '/programmes/p1/versions/2/diff/3': { ...diff, from: v2, to: v3 },
      '/programmes/p1/versions/1/diff/3': { ...diff, from: v1, to: v3, added: [], changed: [] },
      '/regions/r1/municipalities': page([]),
    });
    const router = renderAt('/programma/p1/geschiedenis');
    expect(
      await screen.findByRole('heading', { name: 'Van versie 2 naar versie 3' }),
    ).toBeVisible();

    await userEvent.selectOptions(screen.getByLabelText('Van versie'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Vergelijk' }));
    expect(screen.getByText('Kies twee verschillende versies.')).toBeVisible();
    expect(screen.getByLabelText('Naar versie')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.selectOptions(screen.getByLabelText('Van versie'), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Vergelijk' }));
    const heading = await screen.findByRole('heading', { name: 'Van versie 1 naar versie 3' });
    expect(router.state.location.search).toBe('?van=1&naar=3');
    expect(await screen.findByText('Geen opdrachten toegevoegd.')).toBeVisible();
    expect(heading).toHaveFocus();
    expect(calls.some((c) => c.path === '/programmes/p1/versions/1/diff/3')).toBe(true);
  });

  it('says a programme that never left draft has no versions', async () => {
    mockApi({
      '/auth/me': me,
      '/programmes/p1': { ...programme, status: 'draft' },
      '/programmes/p1/versions': { programmeId: 'p1', items: [] },
    });
    renderAt('/programma/p1/geschiedenis');
    expect(
      await screen.findByText(
        'Dit programma is nog nooit uit concept gegaan; er zijn nog geen versies.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
