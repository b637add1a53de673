import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const me = (roles: unknown[] = []) => ({
  user: { id: 'u1', email: 'griffier@zwolle.nl', name: 'Griffier Zwolle', isPlatformAdmin: false },
  roles,
  csrfToken: 'csrf',
});
const offer = {
  id: 'i1',
  regionId: 'r2',
  regionName: 'Metropoolregio Eindhoven',
  role: 'observer',
  municipalityName: null,
  invitedByName: 'Demo Beheerder MRE',
  createdAt: '2026-10-01T09:00:00.000Z',
};
const home = (invitations: unknown[], roles: unknown[] = []) => ({
  '/auth/me': me(roles),
  '/auth/invitations': invitations,
  '/regions': { items: [], total: 0, limit: 200, offset: 0 },
  '/health': { status: 'ok', database: 'up' },
  '/me/start': {
    today: '2026-05-20',
    regions: [],
    programmes: [],
    councils: [],
    assignments: [],
    accounts: [],
  },
});

const notice = () => screen.findByRole('region', { name: 'Uitnodigingen voor jou' });

describe('invitations to a role in another region', () => {
  it('names region, role and who invited, and accepting gives the role at once', async () => {
    mockApi(home([offer]));
    renderRoute('/');
    const item = within(await notice()).getByRole('listitem');
    expect(item).toHaveTextContent(
      'Demo Beheerder MRE nodigt je uit als Meelezer in Metropoolregio Eindhoven.',
    );

    const granted = [{ regionId: 'r2', regionName: 'Metropoolregio Eindhoven', role: 'observer' }];
    const calls = mockApi({
      ...home([], granted),
      'POST /auth/invitations/accept': { status: 204, body: undefined },
    });
    await userEvent.click(within(item).getByRole('button', { name: 'Aanvaarden' }));

    expect(
      await screen.findByText('Je bent nu Meelezer in Metropoolregio Eindhoven.'),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/auth/invitations/accept',
      body: { invitationId: 'i1' },
    });
    // The roles are read again, so the new region's screens open without signing in again.
    await waitFor(() => expect(calls.some((c) => c.path === '/auth/me')).toBe(true));
    expect(screen.queryByRole('button', { name: 'Aanvaarden' })).toBeNull();
  });

  it('declining removes the offer and gives nothing', async () => {
    mockApi(home([offer, { ...offer, id: 'i2', role: 'bureau', regionName: 'Regio Zwolle' }]));
    renderRoute('/');
    const [first] = within(await notice()).getAllByRole('listitem');
    const calls = mockApi({
      ...home([{ ...offer, id: 'i2', role: 'bureau', regionName: 'Regio Zwolle' }]),
      'POST /auth/invitations/decline': { status: 204, body: undefined },
    });
    await userEvent.click(within(first).getByRole('button', { name: 'Afwijzen' }));

    expect(
      await screen.findByText(
        'Je hebt de uitnodiging als Meelezer in Metropoolregio Eindhoven afgewezen.',
      ),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/auth/invitations/decline',
      body: { invitationId: 'i1' },
    });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Uitnodigingen voor jou' })).getAllByRole(
          'listitem',
        ),
      ).toHaveLength(1),
    );
    expect(calls.some((c) => c.path === '/auth/me')).toBe(false);
  });

  it('says so when the answer was not taken, and keeps the offer', async () => {
    mockApi(home([offer]));
    renderRoute('/');
    const item = within(await notice()).getByRole('listitem');
    mockApi({
      ...home([offer]),
      'POST /auth/invitations/accept': {
        status: 404,
        body: { status: 404, detail: 'Deze uitnodiging bestaat niet (meer).' },
      },
    });
    await userEvent.click(within(item).getByRole('button', { name: 'Aanvaarden' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'Je antwoord is niet verwerkt: Deze uitnodiging bestaat niet (meer).',
    );
  });

  it('shows no notice without invitations', async () => {
    mockApi(home([]));
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Wat er voor je klaarligt' });
    await waitFor(() => expect(screen.queryByText(/Uitnodigingen voor jou/)).toBeNull());
  });
});
