import type { Page } from '@koers/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../app/providers';
import { usePagedList, type PageRequest } from '../../lib/api/paging';
import { ListSearch, PagedList } from './paged-list';

const NAMES = Array.from({ length: 60 }, (_, i) => `Persoon ${String(i + 1).padStart(2, '0')}`);

/** A list endpoint as the API answers it: `q` filters the names, `limit`/`offset` cut a page. */
function answer({ limit, offset, q }: PageRequest): Page<string> {
  const matching = NAMES.filter((name) => !q || name.toLowerCase().includes(q.toLowerCase()));
  return { items: matching.slice(offset, offset + limit), total: matching.length, limit, offset };
}

function renderList(url = '/personen') {
  const asked: PageRequest[] = [];
  function People() {
    const paging = usePagedList();
    const query = useQuery({
      queryKey: ['people', paging.request],
      queryFn: () => (asked.push(paging.request), Promise.resolve(answer(paging.request))),
      placeholderData: keepPreviousData,
    });
    return (
      <PagedList
        paging={paging}
        query={query}
        loading="Laden"
        failed="Mislukt"
        empty="Nog niemand"
        search={{ id: 'people-q', label: 'Zoek een persoon' }}
      >
        {(items) => (
          <ul>
            {items.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </PagedList>
    );
  }
  const router = createMemoryRouter([{ path: '/personen', element: <People /> }], {
    initialEntries: [url],
  });
  render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { asked, router };
}

describe('a paged list', () => {
  it('asks the API for one page at a time and lets the reader go forward and back', async () => {
    const user = userEvent.setup();
    const { asked, router } = renderList();
    expect(await screen.findByText('Persoon 01')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    expect(asked).toEqual([{ limit: 25, offset: 0 }]);
    const nav = screen.getByRole('navigation', { name: 'Pagina’s van de lijst' });
    expect(nav).toHaveTextContent('1–25 van 60 · Pagina 1 van 3');
    expect(screen.getByRole('button', { name: 'Vorige pagina' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(await screen.findByText('Persoon 26')).toBeInTheDocument();
    expect(screen.queryByText('Persoon 01')).not.toBeInTheDocument();
    expect(nav).toHaveTextContent('26–50 van 60 · Pagina 2 van 3');
    expect(router.state.location.search).toBe('?pagina=2');
    expect(asked.at(-1)).toEqual({ limit: 25, offset: 25 });

    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(await screen.findByText('Persoon 60')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Volgende pagina' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Vorige pagina' }));
    expect(await screen.findByText('Persoon 26')).toBeInTheDocument();
  });

  it('opens at the page in the address bar', async () => {
    const { asked } = renderList('/personen?pagina=3');
    expect(await screen.findByText('Persoon 51')).toBeInTheDocument();
    expect(asked).toEqual([{ limit: 25, offset: 50 }]);
  });

  it('searches on the server, from the first page, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const { asked, router } = renderList('/personen?pagina=2');
    expect(await screen.findByText('Persoon 26')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Zoek een persoon' }), 'persoon 1');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('10 resultaten'));
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(asked.at(-1)).toEqual({ limit: 25, offset: 0, q: 'persoon 1' });
    expect(router.state.location.search).toBe('?zoek=persoon+1');
    // Ten fit on one page: no page controls.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Zoek een persoon' }));
    await user.type(screen.getByRole('textbox', { name: 'Zoek een persoon' }), 'niemand');
    expect(
      await screen.findByText('Niets gevonden voor ‘niemand’. Probeer een ander zoekwoord.'),
    ).toBeInTheDocument();
  });

  it('offers the first page when the page asked for lies past the end', async () => {
    const user = userEvent.setup();
    renderList('/personen?pagina=9');
    await user.click(await screen.findByRole('button', { name: 'Naar de eerste pagina' }));
    expect(await screen.findByText('Persoon 01')).toBeInTheDocument();
  });

  it('keeps what the reader typed on while the address bar caught up with the search', async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    const field = (value: string) => (
      <AppProviders>
        <ListSearch id="zoek" value={value} onChange={(q) => asked.push(q)} />
      </AppProviders>
    );
    const { rerender } = render(field(''));
    const box = screen.getByRole('textbox');
    await user.type(box, 'ab');
    await waitFor(() => expect(asked).toEqual(['ab']));
    await user.type(box, 'c');
    // The list's address now says 'ab', the search asked for a moment ago.
    rerender(field('ab'));
    expect(box).toHaveValue('abc');
    await waitFor(() => expect(asked).toEqual(['ab', 'abc']));
    // A search from outside (the back button) still shows.
    rerender(field('x'));
    expect(box).toHaveValue('x');
  });
});
