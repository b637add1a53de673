import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getOrganisations = (regionId: string) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/regions/{regionId}/organisations', {
        params: { path: { regionId }, query: { limit: PAGE_SIZE, offset } },
      }),
    ),
  );

export const organisationsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['organisations', { regionId }],
    queryFn: () => getOrganisations(regionId),
    enabled: regionId !== '',
  });

export const useOrganisations = (regionId: string) => useQuery(organisationsQueryOptions(regionId));
