import type { Page } from '@koers/contracts';

/** The most the API answers in one page (`MAX_PAGE_SIZE`). */
export const PAGE_SIZE = 200;

/**
 * Every item of a paged list, page after page, so a list longer than one page is never cut
 * short silently. `fetchPage` asks for `PAGE_SIZE` items from `offset`; extra fields of the
 * answer (a register's counts) come from the first page.
 */
export async function allPages<P extends Page<unknown>>(
  fetchPage: (offset: number) => Promise<P>,
): Promise<P> {
  const first = await fetchPage(0);
  const items = [...first.items];
  while (items.length < first.total) {
    const next = await fetchPage(items.length);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { ...first, items, limit: items.length, offset: 0 };
}
