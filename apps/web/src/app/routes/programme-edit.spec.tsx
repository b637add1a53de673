import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';
import {
  bureau,
  municipalities,
  programme as draft,
  region,
} from '../../features/assignments/test-fixtures';
import type { Schemas } from '../../test/schema';

const programme = (
  changes: Partial<Schemas['ProgrammeResponseDto']> = {},
): Schemas['ProgrammeResponseDto'] => ({
  ...draft,
  year: 2027,
  title: 'Werkprogramma 2027',
  populationReferenceDate: '2026-01-01',
  version: 3,
  ...changes,
});

function renderEdit() {
  return renderRoute('/programma/p1/bewerken');
}

describe('editing a programme’s settings', () => {
  it('saves the introduction against the version read and returns to the workspace', async () => {
    const calls = mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      '/programmes/p1': programme(),
      'PATCH /programmes/p1': programme({ introduction: 'Samen sneller.', version: 4 }),
    });
    const router = renderEdit();
    const introduction = await screen.findByRole('textbox', { name: 'Inleiding' });
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Werkprogramma 2027');
    expect(screen.getByLabelText('Peildatum inwonertallen')).toHaveValue('2026-01-01');
    await userEvent.type(introduction, 'Samen sneller.');
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p1'));
    expect(router.state.location.state).toEqual({
      announcement: 'De wijzigingen in het programma zijn opgeslagen.',
    });
    // The workspace it lands on renders the saved programme (and says so), not an error.
    expect(
      await screen.findByText('De wijzigingen in het programma zijn opgeslagen.'),
    ).toBeVisible();
    expect(
      await screen.findByRole('heading', { level: 1, name: /Werkprogramma 2027/ }),
    ).toBeVisible();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      year: 2027,
      title: 'Werkprogramma 2027',
      introduction: 'Samen sneller.',
      populationReferenceDate: '2026-01-01',
      viewWindowWeeks: null,
      contributionKey: null,
      version: 3,
    });
  });

  it('says when someone else saved first, keeps what was typed, and saves it over theirs only when asked', async () => {
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      '/programmes/p1': programme(),
    });
    const router = renderEdit();
    const introduction = await screen.findByRole('textbox', { name: 'Inleiding' });
    await userEvent.type(introduction, 'Mijn inleiding.');

    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      '/programmes/p1': programme({ title: 'Werkprogramma 2027 (bestuur)', version: 4 }),
      'PATCH /programmes/p1': {
        status: 409,
        body: {
          status: 409,
          code: 'PROGRAMME_VERSION_CONFLICT',
          detail: 'Iemand anders heeft het programma intussen gewijzigd (nu versie 4).',
          currentVersion: 4,
        },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Iemand anders heeft dit programma intussen gewijzigd',
    );
    expect(introduction).toHaveValue('Mijn inleiding.');

    const calls = mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      'PATCH /programmes/p1': programme({ introduction: 'Mijn inleiding.', version: 5 }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Mijn wijzigingen houden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p1'));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
      introduction: 'Mijn inleiding.',
      version: 4,
    });
  });

  it('loads the other version instead when asked', async () => {
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      '/programmes/p1': programme(),
    });
    renderEdit();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Inleiding' }), 'Weg ermee.');
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      '/programmes/p1': programme({ title: 'Nieuwe titel', version: 4 }),
      'PATCH /programmes/p1': {
        status: 409,
        body: { status: 409, code: 'PROGRAMME_VERSION_CONFLICT', detail: 'Gewijzigd.' },
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nieuwste versie laden' }));
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Nieuwe titel');
    expect(screen.getByRole('textbox', { name: 'Inleiding' })).toHaveValue('');
  });

  describe('the programme’s default cost-sharing key', () => {
    const KEY = 'Verdeelsleutel voor de bijdrage van de gemeenten';
    const routes = {
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
    };
    const preview = () =>
      screen.findByRole('region', { name: 'Bijdrage per gemeente (voorbeeld)' });

    it('sets a surcharge as the default, names it whole and previews it over the region', async () => {
      const calls = mockApi({
        ...routes,
        '/programmes/p1': programme(),
        'PATCH /programmes/p1': programme({ version: 4 }),
      });
      const router = renderEdit();
      const key = await screen.findByLabelText(KEY);
      expect(key).toHaveDisplayValue('De standaardsleutel van de regio: Per inwoner');
      await userEvent.selectOptions(key, 'surcharge');
      await userEvent.type(screen.getByLabelText('Toeslag (procent van de bijdrage)'), '20');
      await userEvent.click(screen.getByRole('checkbox', { name: 'Zwolle' }));

      const region = await preview();
      expect(region).toHaveTextContent('Toeslag van 20% voor Zwolle; de rest per inwoner');
      expect(region).not.toHaveTextContent('“Per inwoner”');
      const rows = within(region).getAllByRole('row');
      // € 100.000 as an example: Zwolle pays the whole € 20.000 surcharge plus 65% of the rest.
      expect(rows.find((r) => r.textContent?.includes('Zwolle'))).toHaveTextContent('€ 72.000,00');

      await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p1'));
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        contributionKey: {
          type: 'per_inhabitant',
          surcharge: { municipalityIds: ['m2'], basisPoints: 2_000 },
        },
        version: 3,
      });
    });

    it('opens a programme with a surcharge key under its own name, never “Per inwoner”', async () => {
      mockApi({
        ...routes,
        '/programmes/p1': programme({
          contributionKey: {
            type: 'per_inhabitant',
            surcharge: { municipalityIds: ['m2'], basisPoints: 1_500 },
          },
        }),
      });
      renderEdit();
      expect(await screen.findByLabelText(KEY)).toHaveDisplayValue(/^Toeslag voor de grootste/);
      expect(await preview()).toHaveTextContent('Toeslag van 15% voor Zwolle; de rest per inwoner');
    });

    it('sends custom percentages and shows the API’s refusal at the field', async () => {
      const calls = mockApi({
        ...routes,
        '/programmes/p1': programme(),
        'PATCH /programmes/p1': {
          status: 400,
          body: {
            status: 400,
            detail: 'De invoer klopt niet.',
            errors: [
              {
                field: 'contributionKey.basisPointsByMunicipality',
                message: 'moet samen 100% zijn',
              },
            ],
          },
        },
      });
      renderEdit();
      await userEvent.selectOptions(await screen.findByLabelText(KEY), 'custom_percentages');
      await userEvent.type(screen.getByLabelText('Kampen (procent)'), '40');
      await userEvent.type(screen.getByLabelText('Zwolle (procent)'), '50');
      await userEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

      const group = await screen.findByRole('group', { name: 'Aandeel per gemeente (procent)' });
      expect(await within(group).findByText('moet samen 100% zijn')).toBeVisible();
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        contributionKey: {
          type: 'custom_percentages',
          basisPointsByMunicipality: { m1: 4_000, m2: 5_000 },
        },
      });
    });
  });

  it('offers no form once the programme has left draft', async () => {
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/regions/r1/municipalities': municipalities,
      '/programmes/p1': programme({ status: 'consultation' }),
    });
    renderEdit();
    expect(
      await screen.findByText(/Dit programma is niet meer in concept\. Titel, inleiding/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Wijzigingen opslaan' })).toBeNull();
  });
});
