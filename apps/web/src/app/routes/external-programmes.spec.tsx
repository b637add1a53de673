import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau } from '../../features/assignments/test-fixtures';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const region = {
  id: 'r1',
  name: 'Regio Zwolle',
  shortName: 'Regio Zwolle',
  governanceMode: 'network',
  provinces: ['Overijssel'],
  viewWindowWeeks: 12,
};
const programme = (changes: object = {}) => ({
  id: 'x1',
  regionId: 'r1',
  name: 'Ruimte voor de Vecht',
  level: 'provincial',
  description: 'Provincie Overijssel',
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...changes,
});
const shared = programme({ id: 'x2', regionId: null, name: 'Deltaprogramma', level: 'national' });
const ofOtherRegion = programme({ id: 'x3', regionId: 'r2', name: 'Groene Metropoolregio' });
const lookups = {
  '/auth/me': bureau,
  '/regions/r1': region,
  '/external-programmes': page([shared, ofOtherRegion, programme()]),
};
const PATCH = 'PATCH /regions/r1/external-programmes/x1';

describe('the external programmes of the administration', () => {
  it('lists every programme with its level and owner; the bureau edits only its own', async () => {
    mockApi(lookups);
    renderRoute('/regio/r1/beheer/externe-programmas');
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Deltaprogramma — landelijk, gedeeld',
      'Groene Metropoolregio — provinciaal, van een andere regio',
      'Ruimte voor de Vecht — provinciaal, van deze regio bewerken',
    ]);
    expect(
      within(items[2]).getByRole('link', { name: 'Ruimte voor de Vecht bewerken' }),
    ).toHaveAttribute('href', '/regio/r1/beheer/externe-programmas/x1/bewerken');
    expect(screen.getByRole('link', { name: 'Extern programma toevoegen' })).toBeVisible();
  });

  it('adds a programme and shows it in the list', async () => {
    mockApi(lookups);
    renderRoute('/regio/r1/beheer/externe-programmas/nieuw');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Naam' }), 'Interreg VI');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Niveau' }), 'eu');
    const created = programme({ id: 'x9', name: 'Interreg VI', level: 'eu', description: '' });
    const calls = mockApi({
      ...lookups,
      '/external-programmes': page([shared, created]),
      'POST /regions/r1/external-programmes': { status: 201, body: created },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Programma toevoegen' }));

    expect(await screen.findByText('Interreg VI — Europees, van deze regio')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Externe programma’s' })).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Interreg VI',
      level: 'eu',
      description: '',
    });
  });

  it('names the field the API refused beside it, and keeps what was typed', async () => {
    mockApi({
      ...lookups,
      'POST /regions/r1/external-programmes': {
        status: 400,
        body: {
          status: 400,
          errors: [{ field: 'name', message: 'mag hoogstens 200 tekens zijn' }],
        },
      },
    });
    renderRoute('/regio/r1/beheer/externe-programmas/nieuw');
    const name = await screen.findByRole('textbox', { name: 'Naam' });
    await userEvent.type(name, 'Te lang');
    await userEvent.click(screen.getByRole('button', { name: 'Programma toevoegen' }));
    expect(
      await screen.findByRole('link', { name: 'Naam: mag hoogstens 200 tekens zijn' }),
    ).toBeVisible();
    expect(name).toHaveAccessibleDescription('mag hoogstens 200 tekens zijn');
    expect(name).toHaveValue('Te lang');
  });

  it('saves an edit against the version read; on a 409 it says so and keeps the input', async () => {
    mockApi({ ...lookups, '/external-programmes/x1': programme() });
    renderRoute('/regio/r1/beheer/externe-programmas/x1/bewerken');
    const description = await screen.findByRole('textbox', { name: 'Beschrijving' });
    expect(screen.getByRole('link', { name: 'Terug naar de externe programma’s' })).toHaveAttribute(
      'href',
      '/regio/r1/beheer/externe-programmas',
    );
    await userEvent.clear(description);
    await userEvent.type(description, 'Provincie Overijssel en Drenthe');

    const first = mockApi({
      ...lookups,
      '/external-programmes/x1': programme({ name: 'Ruimte voor de Vecht 2', version: 4 }),
      [PATCH]: {
        status: 409,
        body: {
          status: 409,
          code: 'EXTERNAL_PROGRAMME_VERSION_CONFLICT',
          detail: 'Iemand anders heeft dit externe programma intussen gewijzigd (nu versie 4).',
          currentVersion: 4,
        },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft dit externe programma intussen gewijzigd');
    await waitFor(() => expect(within(alert).getByRole('heading').parentElement).toHaveFocus());
    expect(description).toHaveValue('Provincie Overijssel en Drenthe');
    expect(first.find((c) => c.method === 'PATCH')?.body).toMatchObject({ version: 3 });

    const second = mockApi({
      ...lookups,
      [PATCH]: programme({ description: 'Provincie Overijssel en Drenthe', version: 5 }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Mijn wijzigingen houden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(second.some((c) => c.method === 'PATCH')).toBe(true));
    expect(second.find((c) => c.method === 'PATCH')?.body).toEqual({
      name: 'Ruimte voor de Vecht',
      level: 'provincial',
      description: 'Provincie Overijssel en Drenthe',
      version: 4,
    });
  });

  it('offers no form for a shared programme to the bureau, and says who may change it', async () => {
    mockApi({ ...lookups, '/external-programmes/x2': shared });
    renderRoute('/regio/r1/beheer/externe-programmas/x2/bewerken');
    expect(
      await screen.findByText(/een gedeeld programma wijzigt alleen een platformbeheerder/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Wijzigingen opslaan' })).toBeNull();
  });
});
