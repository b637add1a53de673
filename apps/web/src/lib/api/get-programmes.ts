import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { allPages, PAGE_SIZE } from './all-pages';

/** The annual programmes of a region, newest first (the programme list and the portfolio). */
export const getProgrammes = (regionId: string) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/regions/{regionId}/programmes', {
        params: { path: { regionId }, query: { limit: PAGE_SIZE, offset } },
      }),
    ),
  );

export const programmesQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['programmes', { regionId }],
    queryFn: () => getProgrammes(regionId),
    enabled: regionId !== '',
  });

export const useProgrammes = (regionId: string) => useQuery(programmesQueryOptions(regionId));
