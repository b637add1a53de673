import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const me = {
  user: { id: 'u1', email: 'b@x', name: 'Bureau', isPlatformAdmin: false },
  roles: [],
  csrfToken: 'c',
};
const record = (
  id: string,
  occurredAt: string,
  actor: { id: string | null; name: string; role: string | null } | null,
  action: string,
  changes: unknown[],
) => ({
  id,
  occurredAt,
  regionId: 'r1',
  actor,
  entity: 'assignment',
  entityId: 'a1',
  action,
  changes,
  reason: null,
});
const anna = { id: 'u7', name: 'Anna de Vries', role: 'admin,bureau' };
const seed = { id: null, name: 'demo-gegevens', role: null };
const base = '/audit?entity=assignment&entityId=a1&limit=20';

describe('the audit trail of an assignment', () => {
  it('shows when, who, what in words with old → new, and loads more on request', async () => {
    const calls = mockApi({
      '/auth/me': me,
      '/assignments/a1': { id: 'a1', code: 'MOB-1', title: 'Slimme mobiliteit' },
      [`${base}&offset=0`]: {
        items: [
          record('3', '2026-05-20T10:30:00Z', anna, 'update', [
            { field: 'status', old: 'active', new: 'paused' },
            {
              field: 'mandate',
              old: { scope: 'Subsidies', budgetCeilingCents: 5_000_000 },
              new: { scope: 'Subsidies', budgetCeilingCents: 7_500_000 },
            },
          ]),
          record('2', '2026-04-02T08:00:00Z', seed, 'update', [
            { field: 'budgetTotalCents', old: 4_000_000, new: 4_500_000 },
          ]),
        ],
        total: 3,
        limit: 20,
        offset: 0,
      },
      [`${base}&offset=2`]: {
        items: [
          record('1', '2026-01-10T12:00:00Z', null, 'create', [
            { field: 'title', old: null, new: 'Slimme mobiliteit' },
          ]),
        ],
        total: 3,
        limit: 20,
        offset: 2,
      },
    });
    renderRoute('/opdracht/a1/geschiedenis');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Geschiedenis van MOB-1 Slimme mobiliteit',
      }),
    ).toBeVisible();
    const newest = await screen.findByRole('article', {
      name: /20 mei 2026.* · Anna de Vries \(Beheerder, Regiobureau\) · gewijzigd/,
    });
    expect(within(newest).getByRole('row', { name: /^Status/ })).toHaveTextContent(
      'StatusActiefGepauzeerd',
    );
    expect(within(newest).getByRole('row', { name: /budgetplafond/ })).toHaveTextContent(
      'Mandaat: budgetplafond€ 50.000,00€ 75.000,00',
    );
    const second = screen.getByRole('article', {
      name: /demo-gegevens \(Koers zelf\) · gewijzigd/,
    });
    expect(within(second).getByRole('row', { name: /Totale begroting/ })).toHaveTextContent(
      'Totale begroting€ 40.000,00€ 45.000,00',
    );
    expect(screen.getByText('2 van 3 wijzigingen getoond.')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Meer laden' }));
    const oldest = await screen.findByRole('article', {
      name: /10 januari 2026.* · onbekend \(vastgelegd voordat Koers namen bijhield\) · aangemaakt/,
    });
    expect(within(oldest).getByRole('row', { name: /^Titel/ })).toHaveTextContent(
      'Titel(leeg)Slimme mobiliteit',
    );
    expect(within(oldest).getByRole('heading')).toHaveFocus();
    expect(screen.getByText('3 van 3 wijzigingen getoond.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(calls.filter((c) => c.path.startsWith('/audit')).map((c) => c.path)).toEqual([
      `${base}&offset=0`,
      `${base}&offset=2`,
    ]);
  });

  it('says so when nothing was recorded yet', async () => {
    mockApi({
      '/auth/me': me,
      '/assignments/a1': { id: 'a1', code: 'MOB-1', title: 'Slimme mobiliteit' },
      '/audit': { items: [], total: 0, limit: 20, offset: 0 },
    });
    renderRoute('/opdracht/a1/geschiedenis');
    expect(await screen.findByText('Er zijn nog geen wijzigingen vastgelegd.')).toBeVisible();
  });
});
