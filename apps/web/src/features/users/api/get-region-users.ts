import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** One page of a region's accounts with their roles there; `q` matches name or address. */
export const ACCOUNTS_PAGE_SIZE = 25;

export const getRegionUsers = (regionId: string, q: string, offset: number) =>
  unwrap(
    api.GET('/api/regions/{regionId}/users', {
      params: {
        path: { regionId },
        query: { limit: ACCOUNTS_PAGE_SIZE, offset, ...(q ? { q } : {}) },
      },
    }),
  );

export const regionUsersQueryOptions = (regionId: string, q: string, offset: number) =>
  queryOptions({
    queryKey: ['users', { regionId, q, offset }],
    queryFn: () => getRegionUsers(regionId, q, offset),
    enabled: regionId !== '',
    placeholderData: keepPreviousData,
  });

export const useRegionUsers = (regionId: string, q: string, offset: number) =>
  useQuery(regionUsersQueryOptions(regionId, q, offset));
