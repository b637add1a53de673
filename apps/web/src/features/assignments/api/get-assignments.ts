import type { AssignmentStatus, AssignmentSummary, Page } from '@koers/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

/** The list filters the API understands; an empty value means "no filter". */
export interface AssignmentFilters {
  themeId?: string;
  status?: AssignmentStatus | '';
  portfolioHolderId?: string;
  municipalityId?: string;
  q?: string;
}

const FILTER_KEYS = ['themeId', 'status', 'portfolioHolderId', 'municipalityId', 'q'] as const;

export function assignmentListQuery(filters: AssignmentFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  params.set('limit', String(PAGE_SIZE));
  return params.toString();
}

export const getAssignments = (programmeId: string, filters: AssignmentFilters) =>
  allPages((offset) =>
    apiFetch<Page<AssignmentSummary>>(
      `/programmes/${programmeId}/assignments?${assignmentListQuery(filters)}&offset=${offset}`,
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
