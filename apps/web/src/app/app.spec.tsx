import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../test/mock-api';
import { renderRoute } from '../test/render-route';

function renderAt(path: string) {
  return renderRoute(path);
}

const me = {
  user: { id: 'u1', email: 'observer@koers.demo', name: 'Demo Meelezer', isPlatformAdmin: false },
  roles: [],
  csrfToken: 'csrf',
};
const noRegions = { items: [], total: 0, limit: 200, offset: 0 };
const twoRegions = {
  items: [
    {
      id: 'a1',
      name: 'Metropoolregio Eindhoven',
      shortName: 'MRE',
      governanceMode: 'wgr_public_body',
      provinces: ['Noord-Brabant'],
      viewWindowWeeks: 12,
    },
    {
      id: 'b2',
      name: 'Regio Zwolle',
      shortName: 'RZ',
      governanceMode: 'network',
      provinces: ['Overijssel', 'Gelderland'],
      viewWindowWeeks: 1,
    },
  ],
  total: 2,
  limit: 200,
  offset: 0,
};

/** Answers the API calls of the home page: a visitor, health with the given status, regions. */
function answerHealth(
  status: number,
  body: unknown,
  regions: unknown = noRegions,
  signedIn = true,
) {
  mockApi({
    '/auth/me': signedIn ? me : { status: 401, body: { status: 401 } },
    '/health': { status, body },
    '/regions': regions,
    '/me/start': {
      today: '2026-05-20',
      regions: [],
      programmes: [],
      councils: [],
      assignments: [],
      accounts: [],
    },
  });
}

describe('the Koers app', () => {
  it('opens in Dutch with the programme explained and the system status in words', async () => {
    answerHealth(200, { status: 'ok', database: 'up' }, noRegions, false);
    renderAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' }),
    ).toBeVisible();
    expect(await screen.findByText('Koers en de database zijn bereikbaar.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('says so in words when the database is down', async () => {
    answerHealth(503, { status: 'unavailable', database: 'down' }, noRegions, false);
    renderAt('/');
    expect(await screen.findByText(/De database is op dit moment niet bereikbaar/)).toBeVisible();
  });

  it('switches to English and back, and tells the page its language', async () => {
    answerHealth(200, { status: 'ok', database: 'up' }, noRegions, false);
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' });
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Koers' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Wissel naar Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('lists the regions with their form of cooperation in words', async () => {
    answerHealth(200, { status: 'ok', database: 'up' }, twoRegions);
    renderAt('/');
    const eindhoven = await screen.findByRole('row', { name: /Metropoolregio Eindhoven/ });
    expect(eindhoven).toHaveTextContent('Gemeenschappelijke regeling (openbaar lichaam)');
    expect(eindhoven).toHaveTextContent('12 weken');
    const zwolle = screen.getByRole('row', { name: /Regio Zwolle/ });
    expect(zwolle).toHaveTextContent('Netwerk / convenant');
    expect(zwolle).toHaveTextContent('Overijssel, Gelderland');
    expect(zwolle).toHaveTextContent('1 week');
  });

  it('says there are no regions yet instead of showing an empty table', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/');
    expect(await screen.findByText(/Er zijn nog geen regio’s/)).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks a visitor to sign in instead of listing regions', async () => {
    answerHealth(200, { status: 'ok', database: 'up' }, twoRegions, false);
    renderAt('/');
    expect(await screen.findByRole('link', { name: 'Meld je aan' })).toHaveAttribute(
      'href',
      '/aanmelden',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Aanmelden' })).toBeVisible();
  });

  it('answers an unknown address with a page that leads back', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/bestaat/niet');
    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar de start' })).toHaveAttribute('href', '/');
  });
});
