import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** How many rows a paged list shows at a time unless a screen asks otherwise. */
export const LIST_PAGE_SIZE = 25;

/** One page of a list as the API's list endpoints take it (`?limit=&offset=&q=`). */
export interface PageRequest {
  limit: number;
  offset: number;
  /** Part of the name, case-insensitive; left out when empty. */
  q?: string;
}

export interface PagedList {
  /** The page shown, from 1. */
  page: number;
  pageSize: number;
  /** The search text ('' when none). */
  q: string;
  /** What to ask the API for: the page's `limit` and `offset`, and `q` when set. */
  request: PageRequest;
  setPage: (page: number) => void;
  /** A new search starts at the first page again. */
  setQ: (q: string) => void;
}

/**
 * The page and the search text of a list, kept in the address bar (`?pagina=2&zoek=…`, or with a
 * prefix when a screen shows more than one list) so a page of a list can be shared and the browser's
 * back button goes back a page. Use the `request` in the list's query key and fetcher.
 */
export function usePagedList({
  pageSize = LIST_PAGE_SIZE,
  prefix = '',
}: { pageSize?: number; prefix?: string } = {}): PagedList {
  const [search, setSearch] = useSearchParams();
  const pageParam = `${prefix}pagina`;
  const qParam = `${prefix}zoek`;
  const page = Math.max(1, Math.floor(Number(search.get(pageParam))) || 1);
  const q = search.get(qParam) ?? '';

  const update = useCallback(
    (patch: Record<string, string | undefined>, replace: boolean) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace, preventScrollReset: true },
      ),
    [setSearch],
  );
  const setPage = useCallback(
    (to: number) => update({ [pageParam]: to > 1 ? String(to) : undefined }, false),
    [update, pageParam],
  );
  const setQ = useCallback(
    (to: string) => update({ [qParam]: to.trim() || undefined, [pageParam]: undefined }, true),
    [update, qParam, pageParam],
  );

  const trimmed = q.trim();
  return {
    page,
    pageSize,
    q,
    request: {
      limit: pageSize,
      offset: (page - 1) * pageSize,
      ...(trimmed ? { q: trimmed } : {}),
    },
    setPage,
    setQ,
  };
}
