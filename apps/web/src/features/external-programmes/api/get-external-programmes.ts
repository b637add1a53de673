import type { ExternalProgrammeResponse, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

/** Provincial, national and EU programmes an assignment can link to (shared by all regions). */
export const getExternalProgrammes = () =>
  allPages((offset) =>
    apiFetch<Page<ExternalProgrammeResponse>>(
      `/external-programmes?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const externalProgrammesQueryOptions = () =>
  queryOptions({
    queryKey: ['external-programmes'],
    queryFn: getExternalProgrammes,
    staleTime: 10 * 60_000,
  });

export const useExternalProgrammes = () => useQuery(externalProgrammesQueryOptions());
