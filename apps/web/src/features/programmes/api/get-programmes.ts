import type { Page, ProgrammeSummary } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getProgrammes = (regionId: string) =>
  allPages((offset) =>
    apiFetch<Page<ProgrammeSummary>>(
      `/regions/${regionId}/programmes?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const programmesQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['programmes', { regionId }], queryFn: () => getProgrammes(regionId) });

export const useProgrammes = (regionId: string) => useQuery(programmesQueryOptions(regionId));
