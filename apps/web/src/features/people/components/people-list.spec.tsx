import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../app/providers';
import type { Schemas } from '../../../test/schema';
import { PartnerList } from '../../organisations/components/partner-list';
import { PeopleList } from './people-list';

const REGION = '11111111-1111-4111-8111-111111111111';

const person = (i: number): Schemas['PersonResponseDto'] => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  regionId: REGION,
  name: `Persoon ${String(i).padStart(2, '0')}`,
  email: null,
  function: i === 1 ? 'Wethouder' : null,
  organisationId: null,
  municipalityId: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const PEOPLE = Array.from({ length: 30 }, (_, i) => person(i + 1));

/** The API's people list: `q` filters on the name, `limit` and `offset` cut a page. */
function answerPeople(calls: URL[]) {
  global.fetch = jest.fn((input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    calls.push(url);
    const q = url.searchParams.get('q')?.toLowerCase() ?? '';
    const limit = Number(url.searchParams.get('limit'));
    const offset = Number(url.searchParams.get('offset'));
    const body = url.pathname.endsWith('/people')
      ? (() => {
          const matching = PEOPLE.filter((p) => p.name.toLowerCase().includes(q));
          const items = matching.slice(offset, offset + limit);
          return { items, total: matching.length, limit, offset };
        })()
      : { items: [], total: 0, limit, offset };
    return Promise.resolve(
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    );
  }) as typeof fetch;
}

function renderLists() {
  const router = createMemoryRouter(
    [
      {
        path: '/regio/:regionId',
        element: (
          <>
            <PartnerList regionId={REGION} />
            <PeopleList regionId={REGION} canEdit />
          </>
        ),
      },
    ],
    { initialEntries: [`/regio/${REGION}`] },
  );
  render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe("a region's people", () => {
  it('come a page at a time, so a region with hundreds of people is never cut off silently', async () => {
    const calls: URL[] = [];
    answerPeople(calls);
    const user = userEvent.setup();
    renderLists();

    const section = await screen.findByRole('region', { name: 'Personen' });
    expect(await within(section).findByText('Persoon 01 — Wethouder')).toBeInTheDocument();
    expect(within(section).queryByText('Persoon 26')).not.toBeInTheDocument();
    expect(
      within(section).getByRole('navigation', { name: 'Pagina’s van de lijst' }),
    ).toHaveTextContent('1–25 van 30 · Pagina 1 van 2');

    await user.click(within(section).getByRole('button', { name: 'Volgende pagina' }));
    expect(await within(section).findByText('Persoon 30')).toBeInTheDocument();
    expect(within(section).queryByText('Persoon 01 — Wethouder')).not.toBeInTheDocument();
    const asked = calls.filter((url) => url.pathname.endsWith('/people'));
    expect(asked.at(-1)?.searchParams.get('offset')).toBe('25');
  });

  it('can be searched by name, and say so when nobody matches', async () => {
    const calls: URL[] = [];
    answerPeople(calls);
    const user = userEvent.setup();
    const router = renderLists();

    const section = await screen.findByRole('region', { name: 'Personen' });
    await within(section).findByText('Persoon 01 — Wethouder');
    await user.type(within(section).getByLabelText('Zoek een persoon'), 'persoon 2');
    await waitFor(() =>
      expect(within(section).queryByText('Persoon 01 — Wethouder')).not.toBeInTheDocument(),
    );
    expect(within(section).getByText('Persoon 20')).toBeInTheDocument();
    expect(within(section).queryByText('Persoon 19')).not.toBeInTheDocument();
    expect(router.state.location.search).toContain('personen-zoek=persoon+2');
    // The partners' list on the same page keeps its own search.
    expect(router.state.location.search).not.toContain('partners-zoek');

    await user.clear(within(section).getByLabelText('Zoek een persoon'));
    await user.type(within(section).getByLabelText('Zoek een persoon'), 'niemand');
    expect(
      await within(section).findByText(
        'Niets gevonden voor ‘niemand’. Probeer een ander zoekwoord.',
      ),
    ).toBeInTheDocument();
  });

  it('says that the region has nobody yet when the list is empty', async () => {
    global.fetch = jest.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ items: [], total: 0, limit: 25, offset: 0 }), {
          headers: { 'content-type': 'application/json' },
        }),
      ),
    ) as typeof fetch;
    renderLists();
    expect(await screen.findByText('Deze regio heeft nog geen personen.')).toBeInTheDocument();
    expect(await screen.findByText('Deze regio heeft nog geen partners.')).toBeInTheDocument();
  });
});
