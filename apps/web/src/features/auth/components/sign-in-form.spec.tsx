import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../../test/mock-api';
import { renderRoute } from '../../../test/render-route';

const me = {
  user: { id: 'u1', email: 'bureau@koers.demo', name: 'Demo Regiobureau', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role: 'bureau',
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf-123',
};
const demoAccounts = {
  password: 'koers-demo-2026',
  accounts: [
    {
      email: 'bureau@koers.demo',
      role: 'bureau',
      regionName: 'Metropoolregio Eindhoven',
      municipalityName: null,
    },
    {
      email: 'council.best@koers.demo',
      role: 'council',
      regionName: 'Metropoolregio Eindhoven',
      municipalityName: 'Best',
    },
  ],
};

function renderSignIn() {
  return renderRoute('/aanmelden');
}

describe('signing in', () => {
  it('fills a demo account with one click, signs in, and shows who is signed in', async () => {
    const calls = mockApi({
      '/auth/me': { status: 401, body: { status: 401 } },
      '/auth/demo-accounts': demoAccounts,
      'POST /auth/login': me,
      '/regions': page([]),
      '/health': { status: 'ok', database: 'up' },
    });
    const router = renderSignIn();
    await screen.findByRole('heading', { level: 1, name: 'Aanmelden' });
    expect(await screen.findByText(/wachtwoord koers-demo-2026/)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Vul bureau@koers.demo in' }));
    expect(screen.getByLabelText('E-mailadres')).toHaveValue('bureau@koers.demo');
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('koers-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByText('Demo Regiobureau')).toBeVisible();
    expect(screen.getByText('Regiobureau · Metropoolregio Eindhoven')).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      email: 'bureau@koers.demo',
      password: 'koers-demo-2026',
    });
  });

  it('says which field is missing, without calling the API', async () => {
    const calls = mockApi({ '/auth/me': { status: 401, body: {} } });
    renderSignIn();
    await userEvent.click(await screen.findByRole('button', { name: 'Aanmelden' }));
    expect(screen.getByText('Vul je e-mailadres in.')).toBeVisible();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeVisible();
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('says a wrong password plainly, and a lock-out when there were too many', async () => {
    mockApi({
      '/auth/me': { status: 401, body: {} },
      'POST /auth/login': { status: 401, body: { status: 401, detail: 'x' } },
    });
    renderSignIn();
    await userEvent.type(await screen.findByLabelText('E-mailadres'), 'bureau@koers.demo');
    await userEvent.type(screen.getByLabelText('Wachtwoord'), 'verkeerd-wachtwoord');
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Deze combinatie van e-mailadres en wachtwoord klopt niet.',
    );

    mockApi({
      '/auth/me': { status: 401, body: {} },
      'POST /auth/login': { status: 429, body: { status: 429 } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel mislukte pogingen');

    mockApi({
      '/auth/me': { status: 401, body: {} },
      'POST /auth/login': {
        status: 503,
        body: { status: 503, code: 'DATABASE_UNREACHABLE', detail: 'x' },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Koers kan zijn database nu niet bereiken',
    );
  });

  it('keeps the council accounts folded away under their own heading', async () => {
    mockApi({ '/auth/me': { status: 401, body: {} }, '/auth/demo-accounts': demoAccounts });
    renderSignIn();
    const summary = await screen.findByText('Raadsaccount (1)');
    const details = summary.closest('details') as HTMLElement;
    expect(
      within(details).getByRole('cell', { name: 'council.best@koers.demo' }),
    ).toBeInTheDocument();
  });
});
