/** A page of a paginated list: `limit` and `offset` echo the request, `total` counts all matches. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Direction of a sorted list (`?order=`). */
export type SortOrder = 'asc' | 'desc';
export const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];
