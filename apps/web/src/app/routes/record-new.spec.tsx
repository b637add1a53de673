import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bureau, municipalities } from '../../features/assignments/test-fixtures';
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
const stamps = {
  regionId: 'r1',
  version: 1,
  createdAt: '2026-12-05T00:00:00.000Z',
  updatedAt: '2026-12-05T00:00:00.000Z',
};
const partner = { id: 'o9', name: 'Waterschap Drents Overijsselse Delta', kind: 'water_board' };
const person = {
  id: 'h9',
  name: 'Sanne de Vries',
  email: null,
  function: 'griffier',
  organisationId: null,
  municipalityId: 'm2',
};
const theme = {
  id: 't9',
  title: 'Energietransitie',
  description: '',
  periodStartYear: 2027,
  periodEndYear: 2030,
};
/** What the region page reads besides its lists. */
const regionPage = {
  '/auth/me': bureau,
  '/regions/r1': region,
  '/regions/r1/programmes': page([]),
  '/regions/r1/municipalities': municipalities,
  '/regions/r1/themes': page([]),
  '/regions/r1/organisations': page([]),
  '/regions/r1/people': page([]),
};
const refused = (field: string, message: string) => ({
  status: 400,
  body: { status: 400, errors: [{ field, message }] },
});

describe('adding a partner', () => {
  it('stores the partner and shows it in the region’s list', async () => {
    mockApi(regionPage);
    renderRoute('/regio/r1/partners/nieuw');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Naam' }), partner.name);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Soort organisatie' }),
      'water_board',
    );
    const calls = mockApi({
      ...regionPage,
      '/regions/r1/organisations': page([{ ...partner, ...stamps }]),
      'POST /regions/r1/organisations': { status: 201, body: { ...partner, ...stamps } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Partner toevoegen' }));

    expect(await screen.findByText(/Waterschap Drents Overijsselse Delta/)).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Regio Zwolle' })).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: partner.name,
      kind: 'water_board',
    });
  });

  it('names the field the API refused, beside it, and keeps what was typed', async () => {
    mockApi({
      ...regionPage,
      'POST /regions/r1/organisations': refused('kind', 'kies een soort organisatie'),
    });
    renderRoute('/regio/r1/partners/nieuw');
    const name = await screen.findByRole('textbox', { name: 'Naam' });
    await userEvent.type(name, 'Provincie Gelderland');
    await userEvent.click(screen.getByRole('button', { name: 'Partner toevoegen' }));
    expect(
      await screen.findByRole('link', { name: 'Soort organisatie: kies een soort organisatie' }),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Soort organisatie' })).toHaveAccessibleDescription(
      'kies een soort organisatie',
    );
    expect(name).toHaveValue('Provincie Gelderland');
  });
});

describe('adding a person', () => {
  it('stores the person and shows them in the region’s list', async () => {
    mockApi(regionPage);
    renderRoute('/regio/r1/personen/nieuw');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Naam' }), person.name);
    await userEvent.type(screen.getByRole('textbox', { name: 'Functie' }), 'griffier');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Gemeente' }), 'm2');
    const calls = mockApi({
      ...regionPage,
      '/regions/r1/people': page([{ ...person, ...stamps }]),
      'POST /regions/r1/people': { status: 201, body: { ...person, ...stamps } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));

    expect(await screen.findByText('Sanne de Vries — griffier')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: person.name,
      email: null,
      function: 'griffier',
      organisationId: null,
      municipalityId: 'm2',
    });
  });

  it('names the field the API refused, beside it', async () => {
    mockApi({
      ...regionPage,
      'POST /regions/r1/people': refused('email', 'is geen e-mailadres'),
    });
    renderRoute('/regio/r1/personen/nieuw');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Naam' }), person.name);
    await userEvent.type(screen.getByRole('textbox', { name: 'E-mailadres' }), 'sanne@');
    await userEvent.click(screen.getByRole('button', { name: 'Persoon toevoegen' }));
    expect(
      await screen.findByRole('link', { name: 'E-mailadres: is geen e-mailadres' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toHaveAccessibleDescription(
      'is geen e-mailadres',
    );
  });
});

describe('adding a theme', () => {
  it('stores the theme and shows it in the region’s list', async () => {
    mockApi(regionPage);
    renderRoute('/regio/r1/opgaven/nieuw');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Titel' }), theme.title);
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Van (jaar)' }), '2027');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Tot en met (jaar)' }), '2030');
    const calls = mockApi({
      ...regionPage,
      '/regions/r1/themes': page([{ ...theme, ...stamps }]),
      'POST /regions/r1/themes': { status: 201, body: { ...theme, ...stamps } },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Opgave toevoegen' }));

    expect(await screen.findByText(/Energietransitie/)).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      title: 'Energietransitie',
      description: '',
      periodStartYear: 2027,
      periodEndYear: 2030,
    });
  });

  it('names the field the API refused, beside it', async () => {
    mockApi({
      ...regionPage,
      'POST /regions/r1/themes': refused('periodEndYear', 'ligt vóór het beginjaar'),
    });
    renderRoute('/regio/r1/opgaven/nieuw');
    await userEvent.type(await screen.findByRole('textbox', { name: 'Titel' }), theme.title);
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Van (jaar)' }), '2030');
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Tot en met (jaar)' }), '2027');
    await userEvent.click(screen.getByRole('button', { name: 'Opgave toevoegen' }));
    expect(
      await screen.findByRole('link', { name: 'Tot en met (jaar): ligt vóór het beginjaar' }),
    ).toBeVisible();
    expect(
      screen.getByRole('spinbutton', { name: 'Tot en met (jaar)' }),
    ).toHaveAccessibleDescription('ligt vóór het beginjaar');
  });

  it('offers the way to add one from the Beheer index to the bureau', async () => {
    mockApi(regionPage);
    renderRoute('/regio/r1/beheer');
    expect(await screen.findByRole('link', { name: 'Opgave toevoegen' })).toHaveAttribute(
      'href',
      '/regio/r1/opgaven/nieuw',
    );
    expect(screen.getByRole('link', { name: 'Partner toevoegen' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Persoon toevoegen' })).toBeVisible();
  });
});
