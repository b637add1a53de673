import type { Page, ProgrammeSummary } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getRegionProgrammes = (regionId: string) =>
  allPages((offset) =>
    apiFetch<Page<ProgrammeSummary>>(
      `/regions/${regionId}/programmes?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const regionProgrammesQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['programmes', { regionId }],
    queryFn: () => getRegionProgrammes(regionId),
  });

export const useRegionProgrammes = (regionId: string) =>
  useQuery(regionProgrammesQueryOptions(regionId));
