import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';
import { bureau, region } from '../../features/assignments/test-fixtures';

const programme = (changes: object = {}) => ({
  id: 'p1',
  regionId: 'r1',
  year: 2027,
  title: 'Werkprogramma 2027',
  introduction: '',
  status: 'draft',
  populationReferenceDate: '2026-01-01',
  viewWindowWeeks: null,
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
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      year: 2027,
      title: 'Werkprogramma 2027',
      introduction: 'Samen sneller.',
      populationReferenceDate: '2026-01-01',
      viewWindowWeeks: null,
      version: 3,
    });
  });

  it('says when someone else saved first, keeps what was typed, and saves it over theirs only when asked', async () => {
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/programmes/p1': programme(),
    });
    const router = renderEdit();
    const introduction = await screen.findByRole('textbox', { name: 'Inleiding' });
    await userEvent.type(introduction, 'Mijn inleiding.');

    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
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
    mockApi({ '/auth/me': bureau, '/regions/r1': region, '/programmes/p1': programme() });
    renderEdit();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Inleiding' }), 'Weg ermee.');
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
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

  it('offers no form once the programme has left draft', async () => {
    mockApi({
      '/auth/me': bureau,
      '/regions/r1': region,
      '/programmes/p1': programme({ status: 'consultation' }),
    });
    renderEdit();
    expect(
      await screen.findByText(/Dit programma is niet meer in concept\. Titel, inleiding/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Wijzigingen opslaan' })).toBeNull();
  });
});
