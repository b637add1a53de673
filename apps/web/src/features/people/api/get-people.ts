import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getPeople = (regionId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/people', {
      params: { path: { regionId }, query: { limit: 200 } },
    }),
  );

export const peopleQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['people', { regionId }],
    queryFn: () => getPeople(regionId),
    enabled: regionId !== '',
  });

export const usePeople = (regionId: string) => useQuery(peopleQueryOptions(regionId));
