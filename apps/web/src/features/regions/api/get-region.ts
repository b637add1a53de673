import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getRegion = (regionId: string) =>
  unwrap(api.GET('/api/regions/{regionId}', { params: { path: { regionId } } }));

export const regionQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['regions', regionId],
    queryFn: () => getRegion(regionId),
    enabled: regionId !== '',
  });

export const useRegion = (regionId: string) => useQuery(regionQueryOptions(regionId));
