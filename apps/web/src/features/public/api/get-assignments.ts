import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import { api, unwrap } from '../../../lib/api/client';
import { jsonPage } from './json-page';

/**
 * The assignments of a public programme with goal and results, from the open data: one request
 * for the whole list (not one more per assignment for its goal).
 */
export const getOpenAssignments = (programmeId: string) =>
  allPages((offset) =>
    jsonPage(
      unwrap(
        api.GET('/api/open/v1/programmes/{programmeId}/assignments', {
          params: { path: { programmeId }, query: { limit: PAGE_SIZE, offset } },
        }),
      ),
    ),
  );

export const openAssignmentsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['open-programmes', programmeId, 'assignments'],
    queryFn: () => getOpenAssignments(programmeId),
  });

export const useOpenAssignments = (programmeId: string) =>
  useQuery(openAssignmentsQueryOptions(programmeId));
