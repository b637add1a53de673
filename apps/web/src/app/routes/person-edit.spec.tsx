import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau, municipalities } from '../../features/assignments/test-fixtures';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const person = (changes: object = {}) => ({
  id: 'h1',
  regionId: 'r1',
  name: 'Anne Verbeek',
  email: 'anne@koers.demo',
  function: 'wethouder',
  organisationId: null,
  municipalityId: 'm2',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...changes,
});

const organisations = page([
  { id: 'o1', regionId: 'r1', name: 'Provincie Overijssel', kind: 'province' },
]);
const lookups = {
  '/auth/me': bureau,
  '/regions/r1/organisations': organisations,
  '/regions/r1/municipalities': municipalities,
};
const PATH = '/regions/r1/people/h1';
const conflict = {
  status: 409,
  body: {
    status: 409,
    code: 'PERSON_VERSION_CONFLICT',
    detail: 'Iemand anders heeft deze persoon intussen gewijzigd (nu versie 4); laad opnieuw.',
    currentVersion: 4,
  },
};

const renderEdit = () => renderRoute('/regio/r1/personen/h1/bewerken');

describe('editing a person', () => {
  it('saves the changes against the version read and says so', async () => {
    const calls = mockApi({
      ...lookups,
      [PATH]: person(),
      [`PATCH ${PATH}`]: person({ function: 'griffier', version: 4 }),
    });
    renderEdit();
    const fn = await screen.findByRole('textbox', { name: 'Functie' });
    expect(screen.getByRole('combobox', { name: 'Gemeente' })).toHaveValue('m2');
    await userEvent.clear(fn);
    await userEvent.type(fn, 'griffier');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('De wijzigingen zijn opgeslagen.');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      name: 'Anne Verbeek',
      email: 'anne@koers.demo',
      function: 'griffier',
      organisationId: null,
      municipalityId: 'm2',
      version: 3,
    });
  });

  it('says when someone else saved first, keeps what was typed, and saves it over theirs only when asked', async () => {
    mockApi({ ...lookups, [PATH]: person() });
    renderEdit();
    const fn = await screen.findByRole('textbox', { name: 'Functie' });
    await userEvent.clear(fn);
    await userEvent.type(fn, 'griffier');

    mockApi({
      ...lookups,
      [PATH]: person({ name: 'Anne Verbeek-de Wit', version: 4 }),
      [`PATCH ${PATH}`]: conflict,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft deze persoon intussen gewijzigd');
    expect(alert).toHaveTextContent('Je wijzigingen staan nog in het formulier');
    await waitFor(() => expect(within(alert).getByRole('heading').parentElement).toHaveFocus());
    expect(fn).toHaveValue('griffier');
    expect(screen.queryByRole('status')).toBeNull();

    const calls = mockApi({
      ...lookups,
      [`PATCH ${PATH}`]: person({ function: 'griffier', version: 5 }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Mijn wijzigingen houden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De wijzigingen zijn opgeslagen.');
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      function: 'griffier',
      version: 4,
    });
  });

  it('loads the other version instead when asked', async () => {
    mockApi({ ...lookups, [PATH]: person() });
    renderEdit();
    const fn = await screen.findByRole('textbox', { name: 'Functie' });
    await userEvent.type(fn, ' (weg ermee)');
    mockApi({
      ...lookups,
      [PATH]: person({ name: 'Anne Verbeek-de Wit', version: 4 }),
      [`PATCH ${PATH}`]: conflict,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwste versie laden' }));
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('Anne Verbeek-de Wit');
    expect(fn).toHaveValue('wethouder');
  });

  it('names the field the API refused, beside it', async () => {
    mockApi({
      ...lookups,
      [PATH]: person(),
      [`PATCH ${PATH}`]: {
        status: 400,
        body: { status: 400, errors: [{ field: 'email', message: 'is geen e-mailadres' }] },
      },
    });
    renderEdit();
    await userEvent.click(await screen.findByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(
      await screen.findByRole('link', { name: 'E-mailadres: is geen e-mailadres' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toHaveAccessibleDescription(
      'is geen e-mailadres',
    );
  });

  it('offers no form to someone who is not of the bureau', async () => {
    mockApi({ ...lookups, '/auth/me': { ...bureau, roles: [] }, [PATH]: person() });
    renderEdit();
    expect(
      await screen.findByText('Alleen het regiobureau kan deze gegevens wijzigen.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Wijzigingen opslaan' })).toBeNull();
  });
});
