import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** One assignment as every role that may see it reads it, with every reference named. */
export const getAssignmentOverview = (assignmentId: string) =>
  unwrap(
    api.GET('/api/assignments/{assignmentId}/overview', { params: { path: { assignmentId } } }),
  );

export const assignmentOverviewQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['assignments', assignmentId, 'overview'],
    queryFn: () => getAssignmentOverview(assignmentId),
    enabled: assignmentId !== '',
  });

export const useAssignmentOverview = (assignmentId: string) =>
  useQuery(assignmentOverviewQueryOptions(assignmentId));
