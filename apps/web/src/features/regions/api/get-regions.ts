import type { Page, RegionResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getRegions = () =>
  allPages((offset) =>
    apiFetch<Page<RegionResponse>>(`/regions?limit=${PAGE_SIZE}&offset=${offset}`),
  );

export const regionsQueryOptions = () =>
  queryOptions({ queryKey: ['regions'], queryFn: getRegions });

export const useRegions = () => useQuery(regionsQueryOptions());
