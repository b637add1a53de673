/** Endpoints several features read. One file each, so one query key has one fetcher. */
import type { AssignmentResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';

export const getAssignment = (assignmentId: string) =>
  apiFetch<AssignmentResponse>(`/assignments/${assignmentId}`);

export const assignmentQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['assignments', assignmentId],
    queryFn: () => getAssignment(assignmentId),
    enabled: assignmentId !== '',
  });

export const useAssignment = (assignmentId: string) =>
  useQuery(assignmentQueryOptions(assignmentId));
