import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getRegions = () =>
  unwrap(api.GET('/api/regions', { params: { query: { limit: 200 } } }));

export const regionsQueryOptions = () =>
  queryOptions({ queryKey: ['regions'], queryFn: getRegions });

export const useRegions = () => useQuery(regionsQueryOptions());
