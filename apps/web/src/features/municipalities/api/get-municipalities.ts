import type { MunicipalityResponse, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getMunicipalities = (regionId: string) =>
  allPages((offset) =>
    apiFetch<Page<MunicipalityResponse>>(
      `/regions/${regionId}/municipalities?limit=${PAGE_SIZE}&offset=${offset}&sort=name`,
    ),
  );

export const municipalitiesQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['municipalities', { regionId }],
    queryFn: () => getMunicipalities(regionId),
  });

export const useMunicipalities = (regionId: string) =>
  useQuery(municipalitiesQueryOptions(regionId));
