import type { AssignmentResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getAssignment = (assignmentId: string) =>
  apiFetch<AssignmentResponse>(`/assignments/${assignmentId}`);

export const assignmentQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['assignments', assignmentId],
    queryFn: () => getAssignment(assignmentId),
  });

export const useAssignment = (assignmentId: string) =>
  useQuery(assignmentQueryOptions(assignmentId));
