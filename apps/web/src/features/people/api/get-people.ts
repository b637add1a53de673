import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

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
