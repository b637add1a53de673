import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const URL = '/regio/r1/beheer/accounts';
const admin = {
  ...bureau,
  user: { ...bureau.user, email: 'admin@koers.demo', name: 'Demo beheerder' },
  roles: [{ ...bureau.roles[0], role: 'admin' as const }],
};
const region = {
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'RZ',
  governanceMode: 'board',
  provinces: ['Overijssel'],
  viewWindowWeeks: 8,
  defaultContributionKey: { type: 'per_inhabitant' },
  version: 1,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const grant = (role: string) => ({
  regionId: 'r1',
  regionName: 'Regio Zwolle',
  role,
  municipalityId: null,
  municipalityName: null,
  personId: null,
});
const anna = {
  id: 'u2',
  email: 'anna@zwolle.nl',
  name: 'Anna de Vries',
  active: true,
  roles: [grant('observer')],
};
const routes = {
  '/auth/me': admin,
  '/regions/r1': region,
  '/regions/r1/users': page([anna]),
  '/regions/r1/municipalities': page([]),
  '/regions/r1/people': page([]),
};

describe('the accounts screen of a region', () => {
  it('invites a person and shows the one-time password once', async () => {
    const calls = mockApi({
      ...routes,
      'POST /regions/r1/users': {
        status: 201,
        body: {
          ...anna,
          id: 'u3',
          email: 'piet@zwolle.nl',
          name: 'Piet',
          roles: [grant('board')],
          oneTimePassword: 'geheim-1234-abcd',
        },
      },
    });
    renderRoute(URL);
    await userEvent.type(await screen.findByLabelText('E-mailadres'), 'piet@zwolle.nl');
    await userEvent.type(screen.getByLabelText('Naam'), 'Piet');
    await userEvent.selectOptions(screen.getByLabelText('Rol'), 'Bestuur');
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByText('geheim-1234-abcd')).toBeVisible();
    expect(screen.getByText('Piet is uitgenodigd als Bestuur.')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      email: 'piet@zwolle.nl',
      name: 'Piet',
      role: 'board',
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Ik heb het wachtwoord doorgegeven' }),
    );
    expect(screen.queryByText('geheim-1234-abcd')).toBeNull();
  });

  it('asks for the municipality of a council, next to the field, without calling the API', async () => {
    const calls = mockApi(routes);
    renderRoute(URL);
    await userEvent.selectOptions(await screen.findByLabelText('Rol'), 'Raad / griffie');
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer 3 velden');
    expect(screen.getByLabelText('Gemeente (voor de raad)')).toHaveAccessibleDescription(
      'Kies de gemeente van deze raad.',
    );
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('lists the accounts with their roles, grants and revokes a role, and searches', async () => {
    const calls = mockApi({
      ...routes,
      'PUT /regions/r1/users/u2/roles/bureau': {
        ...anna,
        roles: [grant('bureau'), grant('observer')],
      },
      'DELETE /regions/r1/users/u2/roles/observer': { status: 204, body: null },
    });
    renderRoute(URL);
    const item = await screen.findByRole('listitem', { name: 'Anna de Vries' });
    expect(item).toHaveTextContent('anna@zwolle.nl · Actief');
    await userEvent.selectOptions(
      within(item).getByLabelText('Rol geven aan Anna de Vries'),
      'Regiobureau',
    );
    await userEvent.click(within(item).getByRole('button', { name: 'Rol geven' }));
    expect(await screen.findByText('Anna de Vries heeft nu de rol Regiobureau.')).toBeVisible();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({});
    await userEvent.click(within(item).getByRole('button', { name: 'Ontneem Meelezer' }));
    expect(await screen.findByText('Anna de Vries heeft de rol Meelezer niet meer.')).toBeVisible();

    await userEvent.type(screen.getByLabelText('Zoek op naam of e-mailadres'), 'anna');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/regions/r1/users?limit=25&offset=0&q=anna')).toBe(true),
    );
  });

  it('says why an account managed elsewhere cannot be deactivated, beside the action', async () => {
    mockApi({
      ...routes,
      'POST /users/u2/deactivate': {
        status: 403,
        body: { status: 403, code: 'USER_MANAGED_ELSEWHERE', detail: 'Elders beheerd.' },
      },
    });
    renderRoute(URL);
    const item = await screen.findByRole('listitem', { name: 'Anna de Vries' });
    await userEvent.click(within(item).getByRole('button', { name: 'Account uitzetten' }));
    expect(within(item).getByText(/Weet je zeker/)).toBeVisible();
    await userEvent.click(within(item).getByRole('button', { name: 'Account uitzetten' }));
    expect(await within(item).findByText(/ook rollen in een andere regio/)).toBeVisible();
  });

  it('tells a bureau member that accounts are for the administrator', async () => {
    mockApi({ ...routes, '/auth/me': bureau });
    renderRoute(URL);
    expect(await screen.findByText(/Beheer is voor de beheerder/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Uitnodigen' })).toBeNull();
  });
});
