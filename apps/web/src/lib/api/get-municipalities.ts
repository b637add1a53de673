import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** The members of a region, by name (several features name municipalities with it). */
export const getMunicipalities = (regionId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/municipalities', {
      params: { path: { regionId }, query: { limit: 200, sort: 'name' } },
    }),
  );

export const municipalitiesQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['municipalities', { regionId }],
    queryFn: () => getMunicipalities(regionId),
    enabled: regionId !== '',
  });

export const useMunicipalities = (regionId: string) =>
  useQuery(municipalitiesQueryOptions(regionId));
