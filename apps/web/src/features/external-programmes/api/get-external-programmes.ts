import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Provincial, national and EU programmes an assignment can link to (shared by all regions). */
export const getExternalProgrammes = () =>
  unwrap(api.GET('/api/external-programmes', { params: { query: { limit: 200 } } }));

export const externalProgrammesQueryOptions = () =>
  queryOptions({
    queryKey: ['external-programmes'],
    queryFn: getExternalProgrammes,
    staleTime: 10 * 60_000,
  });

export const useExternalProgrammes = () => useQuery(externalProgrammesQueryOptions());
