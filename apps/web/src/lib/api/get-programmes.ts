import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { allPages, PAGE_SIZE } from './all-pages';
import type { PageRequest } from './paging';

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

/** One page of a region's programmes, newest year first (the region page's list). */
export const programmesPageQueryOptions = (regionId: string, request: PageRequest) =>
  queryOptions({
    queryKey: ['programmes', { regionId, limit: request.limit, offset: request.offset }],
    queryFn: () =>
      unwrap(
        api.GET('/api/regions/{regionId}/programmes', {
          params: { path: { regionId }, query: { limit: request.limit, offset: request.offset } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
