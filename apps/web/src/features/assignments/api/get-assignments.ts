import type { AssignmentStatus } from '@koers/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import { api, unwrap } from '../../../lib/api/client';

/** The list filters the API understands; an empty value means "no filter". */
export interface AssignmentFilters {
  themeId?: string;
  status?: AssignmentStatus | '';
  portfolioHolderId?: string;
  municipalityId?: string;
  q?: string;
}

/** Each filter's parameter in the address bar, so a filtered view can be shared. */
export const ASSIGNMENT_FILTER_PARAMS = {
  themeId: 'opgave',
  status: 'status',
  portfolioHolderId: 'portefeuillehouder',
  municipalityId: 'gemeente',
  q: 'zoek',
} as const;

/** The filters in an address bar's query ('' where a filter is not set). */
export const assignmentFiltersFrom = (search: URLSearchParams) =>
  Object.fromEntries(
    Object.entries(ASSIGNMENT_FILTER_PARAMS).map(([key, param]) => [key, search.get(param) ?? '']),
  ) as AssignmentFilters;

/** The filters that are set, trimmed, as the list's query parameters. */
function assignmentListFilters(filters: AssignmentFilters) {
  const set = (value: string | undefined) => value?.trim() || undefined;
  return {
    themeId: set(filters.themeId),
    status: filters.status || undefined,
    portfolioHolderId: set(filters.portfolioHolderId),
    municipalityId: set(filters.municipalityId),
    q: set(filters.q),
  };
}

export const getAssignments = (programmeId: string, filters: AssignmentFilters) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/programmes/{programmeId}/assignments', {
        params: {
          path: { programmeId },
          query: { ...assignmentListFilters(filters), limit: PAGE_SIZE, offset },
        },
      }),
    ),
  );

export const assignmentsQueryOptions = (programmeId: string, filters: AssignmentFilters = {}) =>
  queryOptions({
    queryKey: ['assignments', { programmeId, ...filters }],
    queryFn: () => getAssignments(programmeId, filters),
    enabled: programmeId !== '',
    // Keep the table on screen while a new filter loads, instead of a spinner per keystroke.
    placeholderData: keepPreviousData,
  });

export const useAssignments = (programmeId: string, filters: AssignmentFilters = {}) =>
  useQuery(assignmentsQueryOptions(programmeId, filters));
