import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getOrganisations = (regionId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/organisations', {
      params: { path: { regionId }, query: { limit: 200 } },
    }),
  );

export const organisationsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['organisations', { regionId }],
    queryFn: () => getOrganisations(regionId),
  });

export const useOrganisations = (regionId: string) => useQuery(organisationsQueryOptions(regionId));
