import type { HistoryKind } from '@koers/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const HISTORY_PAGE_SIZE = 20;

export interface HistoryFilter {
  kind: HistoryKind | null;
  /** A person's key from the history people (a user id, or "demo-gegevens"). */
  person: string | null;
  /** 1-based. */
  page: number;
}

/** One page of a programme's history, newest first. */
export const getProgrammeHistory = (programmeId: string, filter: HistoryFilter) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/history', {
      params: {
        path: { programmeId },
        query: {
          limit: HISTORY_PAGE_SIZE,
          offset: (filter.page - 1) * HISTORY_PAGE_SIZE,
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.person ? { person: filter.person } : {}),
        },
      },
    }),
  );

/** Under ['programmes', id]: a change to the programme refreshes its history. */
export const programmeHistoryQueryOptions = (programmeId: string, filter: HistoryFilter) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'history', filter],
    queryFn: () => getProgrammeHistory(programmeId, filter),
    // The previous page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const useProgrammeHistory = (programmeId: string, filter: HistoryFilter) =>
  useQuery(programmeHistoryQueryOptions(programmeId, filter));
