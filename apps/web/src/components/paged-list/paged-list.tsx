import type { Page } from '@koers/contracts';
import { Button, Paragraph } from '@utrecht/component-library-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedList as Paging } from '../../lib/api/paging';
import { TextField } from '../forms/fields';
import { QueryState } from '../query-state';
import { Pager } from './pager';

/** A search field that tells the list after the reader stops typing (300 ms). */
export function ListSearch({
  id,
  value,
  onChange,
  label,
  description,
}: {
  /** Unique on the screen: the field's id. */
  id: string;
  value: string;
  onChange: (q: string) => void;
  label?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  // The search this field last asked for: when the address bar catches up with it, the reader
  // may have typed on meanwhile, and that must not be thrown away.
  const [sent, setSent] = useState(value);
  // Follow the address bar (back button, a link) when it changes the search from outside.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    // Not what the reader is typing (a trailing space) when it is the same search, nor the
    // search this field itself just asked for.
    if (value.trim() !== text.trim() && value.trim() !== sent.trim()) setText(value);
  }
  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => {
      setSent(text);
      onChange(text);
    }, 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div role="search" className="koers-list-search">
      <TextField
        path={id}
        label={label ?? t('pagedList.search')}
        description={description ?? t('pagedList.searchHelp')}
        value={text}
        onChange={setText}
      />
    </div>
  );
}

/**
 * A list the API hands out page by page: an optional search field, the count, the rows (drawn by
 * `children`), and previous/next controls; with loading, error, empty and "nothing found" states.
 * Pair it with `usePagedList()` and a query whose key and fetcher take `paging.request`.
 */
export function PagedList<T>({
  paging,
  query,
  loading,
  failed,
  empty,
  search,
  children,
}: {
  paging: Paging;
  query: UseQueryResult<Page<T>>;
  loading: string;
  failed: string;
  /** Said when the list holds nothing at all (no search). */
  empty: string;
  /** Shows a search field; `id` must be unique on the screen. */
  search?: { id: string; label?: string; description?: string };
  children: (items: T[], page: Page<T>) => ReactNode;
}) {
  const { t } = useTranslation();
  const q = paging.q.trim();
  return (
    <>
      {search && (
        <ListSearch
          id={search.id}
          label={search.label}
          description={search.description}
          value={paging.q}
          onChange={paging.setQ}
        />
      )}
      <QueryState query={query} loading={loading} failed={failed}>
        {(page) => {
          if (page.items.length === 0) {
            if (page.total > 0)
              return (
                <Paragraph>
                  {t('pagedList.pastEnd')}{' '}
                  <Button appearance="subtle-button" onClick={() => paging.setPage(1)}>
                    {t('pagedList.toFirst')}
                  </Button>
                </Paragraph>
              );
            return <Paragraph>{q ? t('pagedList.noMatches', { q }) : empty}</Paragraph>;
          }
          return (
            <>
              {q && (
                <Paragraph role="status" aria-live="polite">
                  {/* Not the previous search's count while the new one is on its way. */}
                  {!query.isPlaceholderData && t('pagedList.count', { count: page.total })}
                </Paragraph>
              )}
              {children(page.items, page)}
              <Pager
                page={paging.page}
                pageSize={paging.pageSize}
                total={page.total}
                onPageChange={paging.setPage}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
