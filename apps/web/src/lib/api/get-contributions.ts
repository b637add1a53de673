import type { ContributionsResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';

export const getContributions = (programmeId: string) =>
  apiFetch<ContributionsResponse>(`/programmes/${programmeId}/contributions`);

export const contributionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['contributions', { programmeId }],
    queryFn: () => getContributions(programmeId),
  });

export const useContributions = (programmeId: string) =>
  useQuery(contributionsQueryOptions(programmeId));
