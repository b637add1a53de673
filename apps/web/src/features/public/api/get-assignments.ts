import type { AssignmentSummary, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getAssignments = (programmeId: string) =>
  allPages((offset) =>
    apiFetch<Page<AssignmentSummary>>(
      `/programmes/${programmeId}/assignments?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const assignmentsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['assignments', { programmeId, limit: 200 }],
    queryFn: () => getAssignments(programmeId),
  });

export const useAssignments = (programmeId: string) =>
  useQuery(assignmentsQueryOptions(programmeId));
