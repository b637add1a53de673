import type { OrganisationResponse, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getOrganisations = (regionId: string) =>
  allPages((offset) =>
    apiFetch<Page<OrganisationResponse>>(
      `/regions/${regionId}/organisations?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const organisationsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['organisations', { regionId }],
    queryFn: () => getOrganisations(regionId),
  });

export const useOrganisations = (regionId: string) => useQuery(organisationsQueryOptions(regionId));
