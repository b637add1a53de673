import type { Page, RegionResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getRegions = () => apiFetch<Page<RegionResponse>>('/regions?limit=200');

export const regionsQueryOptions = () =>
  queryOptions({ queryKey: ['regions'], queryFn: getRegions });

export const useRegions = () => useQuery(regionsQueryOptions());
