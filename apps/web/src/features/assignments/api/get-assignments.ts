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
