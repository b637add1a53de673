import type { AssignmentSummary, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getAssignments = (programmeId: string) =>
  apiFetch<Page<AssignmentSummary>>(`/programmes/${programmeId}/assignments?limit=200`);

export const assignmentsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['assignments', { programmeId, limit: 200 }],
    queryFn: () => getAssignments(programmeId),
  });

export const useAssignments = (programmeId: string) =>
  useQuery(assignmentsQueryOptions(programmeId));
