import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getRegions = () =>
  allPages((offset) =>
    unwrap(api.GET('/api/regions', { params: { query: { limit: PAGE_SIZE, offset } } })),
  );

export const regionsQueryOptions = () =>
  queryOptions({ queryKey: ['regions'], queryFn: getRegions });

export const useRegions = () => useQuery(regionsQueryOptions());
