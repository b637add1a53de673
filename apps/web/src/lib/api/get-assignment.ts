/** Endpoints several features read. One file each, so one query key has one fetcher. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export const getAssignment = (assignmentId: string) =>
  unwrap(api.GET('/api/assignments/{assignmentId}', { params: { path: { assignmentId } } }));

export const assignmentQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['assignments', assignmentId],
    queryFn: () => getAssignment(assignmentId),
    enabled: assignmentId !== '',
  });

export const useAssignment = (assignmentId: string) =>
  useQuery(assignmentQueryOptions(assignmentId));
