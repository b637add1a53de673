import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getPopulations = (municipalityId: string) =>
  unwrap(
    api.GET('/api/municipalities/{id}/populations', { params: { path: { id: municipalityId } } }),
  );

export const populationsQueryOptions = (municipalityId: string) =>
  queryOptions({
    queryKey: ['municipalities', municipalityId, 'populations'],
    queryFn: () => getPopulations(municipalityId),
  });

/** A municipality's population figures, newest first: what every split reads. */
export const usePopulations = (municipalityId: string) =>
  useQuery(populationsQueryOptions(municipalityId));
