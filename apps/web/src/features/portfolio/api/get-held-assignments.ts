import type { AssignmentSummary, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

/** The assignments of one programme held by one portfolio holder (a person of the region). */
export const getHeldAssignments = (programmeId: string, portfolioHolderId: string) =>
  allPages((offset) =>
    apiFetch<Page<AssignmentSummary>>(
      `/programmes/${programmeId}/assignments?portfolioHolderId=${encodeURIComponent(portfolioHolderId)}&limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const heldAssignmentsQueryOptions = (programmeId: string, portfolioHolderId: string) =>
  queryOptions({
    queryKey: ['assignments', { programmeId, portfolioHolderId }],
    queryFn: () => getHeldAssignments(programmeId, portfolioHolderId),
  });

export const useHeldAssignments = (programmeId: string, portfolioHolderId: string) =>
  useQuery(heldAssignmentsQueryOptions(programmeId, portfolioHolderId));
