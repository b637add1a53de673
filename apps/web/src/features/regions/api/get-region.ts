import type { RegionResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getRegion = (regionId: string) => apiFetch<RegionResponse>(`/regions/${regionId}`);

export const regionQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['regions', regionId], queryFn: () => getRegion(regionId) });

export const useRegion = (regionId: string) => useQuery(regionQueryOptions(regionId));
