import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, page } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';
import { region } from '../../features/assignments/test-fixtures';

const signedInAs = (role: 'bureau' | 'council') => ({
  user: { id: 'u1', email: `${role}@koers.demo`, name: role, isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Regio Zwolle',
      role,
      municipalityId: role === 'council' ? 'm1' : null,
      municipalityName: role === 'council' ? 'Zwolle' : null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
});
const existing = page([
  { id: 'p1', year: 2025, title: 'Werkprogramma 2025', status: 'closed', assignmentCount: 4 },
  { id: 'p2', year: 2026, title: 'Werkprogramma 2026', status: 'draft', assignmentCount: 9 },
]);
const regionApi = (role: 'bureau' | 'council') => ({
  '/auth/me': signedInAs(role),
  '/regions/r1': region,
  '/regions/r1/programmes': existing,
  '/regions/r1/themes': page([]),
  '/regions/r1/municipalities': page([]),
  '/regions/r1/organisations': page([]),
});

function renderAt(url: string) {
  return renderRoute(url);
}

describe('starting a new annual programme', () => {
  it('offers the bureau, and only the bureau, a new programme on the region home', async () => {
    mockApi(regionApi('bureau'));
    const router = renderAt('/regio/r1');
    await userEvent.click(await screen.findByRole('link', { name: 'Nieuw jaarprogramma' }));
    expect(router.state.location.pathname).toBe('/regio/r1/programma/nieuw');
  });

  it('shows a council clerk the region without it, and the form not even by URL', async () => {
    mockApi(regionApi('council'));
    renderAt('/regio/r1');
    expect(await screen.findByText('Werkprogramma 2026')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Nieuw jaarprogramma' })).toBeNull();

    renderAt('/regio/r1/programma/nieuw');
    expect(
      await screen.findByText(
        'Alleen het regiobureau van deze regio begint een nieuw jaarprogramma.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Programma aanmaken' })).toBeNull();
  });

  it('suggests the year after the latest and a title that follows it, then opens the new programme with last year’s continuing assignments', async () => {
    const calls = mockApi({
      ...regionApi('bureau'),
      'POST /regions/r1/programmes': {
        status: 201,
        body: { id: 'p9', regionId: 'r1', year: 2028, title: 'Ons programma', status: 'draft' },
      },
      'POST /programmes/p9/assignments/copy': { copiedCodes: ['A', 'B', 'C'], skippedCodes: [] },
    });
    const router = renderAt('/regio/r1/programma/nieuw');

    const year = await screen.findByRole('textbox', { name: 'Jaar' });
    const title = screen.getByRole('textbox', { name: 'Titel' });
    expect(year).toHaveValue('2027');
    expect(title).toHaveValue('Werkprogramma 2027 Regio Zwolle');
    await userEvent.clear(year);
    await userEvent.type(year, '2028');
    expect(title).toHaveValue('Werkprogramma 2028 Regio Zwolle');
    expect(screen.getByText(/Leeg: 1 januari 2028\./)).toBeVisible();
    expect(
      screen.getByRole('checkbox', {
        name: 'Neem de lopende opdrachten over uit Werkprogramma 2026',
      }),
    ).toBeChecked();

    await userEvent.clear(title);
    await userEvent.type(title, 'Ons programma');
    await userEvent.type(screen.getByRole('textbox', { name: 'Inleiding' }), 'Samen aan de slag.');
    await userEvent.click(screen.getByRole('button', { name: 'Programma aanmaken' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p9'));
    // The workspace announces it when it opens.
    expect(router.state.location.state).toEqual({
      announcement:
        'Jaarprogramma 2028 is aangemaakt met 3 lopende opdrachten uit Werkprogramma 2026. Werk ze bij voor het nieuwe jaar.',
    });
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.path, c.body])).toEqual([
      [
        '/regions/r1/programmes',
        {
          year: 2028,
          title: 'Ons programma',
          introduction: 'Samen aan de slag.',
          populationReferenceDate: null,
          viewWindowWeeks: null,
        },
      ],
      ['/programmes/p9/assignments/copy', { fromProgrammeId: 'p2' }],
    ]);
  });

  it('starts empty when the bureau leaves the assignments behind, and says so when taking over fails', async () => {
    const created = {
      status: 201,
      body: { id: 'p9', regionId: 'r1', year: 2027, title: 'W', status: 'draft' },
    };
    let calls = mockApi({ ...regionApi('bureau'), 'POST /regions/r1/programmes': created });
    let router = renderAt('/regio/r1/programma/nieuw');
    await userEvent.click(
      await screen.findByRole('checkbox', { name: /Neem de lopende opdrachten over/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Programma aanmaken' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p9'));
    expect(router.state.location.state).toEqual({
      announcement: 'Jaarprogramma 2027 is aangemaakt. Voeg nu de opdrachten toe.',
    });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);

    calls = mockApi({
      ...regionApi('bureau'),
      'POST /regions/r1/programmes': created,
      'POST /programmes/p9/assignments/copy': {
        status: 409,
        body: {
          status: 409,
          code: 'PROGRAMME_NOT_DRAFT',
          detail: 'Het programma is niet meer in concept.',
        },
      },
    });
    router = renderAt('/regio/r1/programma/nieuw');
    await userEvent.click(await screen.findByRole('button', { name: 'Programma aanmaken' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/programma/p9'));
    expect(router.state.location.state).toEqual({
      announcement:
        'Jaarprogramma 2027 is aangemaakt, maar de opdrachten uit Werkprogramma 2026 zijn niet overgenomen: Het programma is niet meer in concept; wijzigingen gaan via een nieuwe conceptversie of, tijdens de consultatie, via een amendement. Voeg ze zelf toe.',
    });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });

  it('refuses a year the region already has at the field, before sending anything', async () => {
    const calls = mockApi(regionApi('bureau'));
    renderAt('/regio/r1/programma/nieuw');
    const year = await screen.findByRole('textbox', { name: 'Jaar' });
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Programma aanmaken' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Controleer 1 veld:');
    expect(year).toHaveAccessibleDescription(
      'Deze regio heeft al een programma voor 2026; kies een ander jaar.',
    );
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows what the API refused at its field and keeps what was typed', async () => {
    mockApi({
      ...regionApi('bureau'),
      'POST /regions/r1/programmes': {
        status: 400,
        body: {
          status: 400,
          detail: 'Het veld viewWindowWeeks is niet geldig',
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'viewWindowWeeks', message: 'moet tussen 1 en 52 liggen' }],
        },
      },
    });
    renderAt('/regio/r1/programma/nieuw');
    const weeks = await screen.findByRole('textbox', { name: 'Termijn voor zienswijzen (weken)' });
    await userEvent.type(weeks, '60');
    await userEvent.click(screen.getByRole('button', { name: 'Programma aanmaken' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Termijn voor zienswijzen (weken): moet tussen 1 en 52 liggen',
    );
    expect(weeks).toHaveAccessibleDescription(
      'Leeg: de termijn van de regio, 12 weken. moet tussen 1 en 52 liggen',
    );
    expect(weeks).toHaveValue('60');
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue(
      'Werkprogramma 2027 Regio Zwolle',
    );
  });
});
