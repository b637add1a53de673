import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import type { PageRequest } from '../../../lib/api/paging';

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

/** One page of the region's organisations, optionally those whose name contains `request.q` (the region page's list). */
export const organisationsPageQueryOptions = (regionId: string, request: PageRequest) =>
  queryOptions({
    queryKey: ['organisations', { regionId, ...request }],
    queryFn: () =>
      unwrap(
        api.GET('/api/regions/{regionId}/organisations', {
          params: { path: { regionId }, query: request },
        }),
      ),
    enabled: regionId !== '',
    placeholderData: keepPreviousData,
  });
