import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import { api, unwrap } from '../../../lib/api/client';

export const getAssignments = (programmeId: string) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/programmes/{programmeId}/assignments', {
        params: { path: { programmeId }, query: { limit: PAGE_SIZE, offset } },
      }),
    ),
  );

export const assignmentsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['assignments', { programmeId, limit: 200 }],
    queryFn: () => getAssignments(programmeId),
  });

export const useAssignments = (programmeId: string) =>
  useQuery(assignmentsQueryOptions(programmeId));
