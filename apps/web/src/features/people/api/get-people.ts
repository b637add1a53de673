import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import type { PageRequest } from '../../../lib/api/paging';

export const getPeople = (regionId: string) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/regions/{regionId}/people', {
        params: { path: { regionId }, query: { limit: PAGE_SIZE, offset } },
      }),
    ),
  );

export const peopleQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['people', { regionId }],
    queryFn: () => getPeople(regionId),
    enabled: regionId !== '',
  });

export const usePeople = (regionId: string) => useQuery(peopleQueryOptions(regionId));

/** One page of the region's people, optionally those whose name contains `request.q` (the region page's list). */
export const peoplePageQueryOptions = (regionId: string, request: PageRequest) =>
  queryOptions({
    queryKey: ['people', { regionId, ...request }],
    queryFn: () =>
      unwrap(
        api.GET('/api/regions/{regionId}/people', {
          params: { path: { regionId }, query: request },
        }),
      ),
    enabled: regionId !== '',
    placeholderData: keepPreviousData,
  });
