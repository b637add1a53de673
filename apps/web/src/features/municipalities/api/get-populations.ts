import type { PopulationHistoryResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getPopulations = (municipalityId: string) =>
  apiFetch<PopulationHistoryResponse>(`/municipalities/${municipalityId}/populations`);

export const populationsQueryOptions = (municipalityId: string) =>
  queryOptions({
    queryKey: ['municipalities', municipalityId, 'populations'],
    queryFn: () => getPopulations(municipalityId),
  });

/** A municipality's population figures, newest first: what every split reads. */
export const usePopulations = (municipalityId: string) =>
  useQuery(populationsQueryOptions(municipalityId));
