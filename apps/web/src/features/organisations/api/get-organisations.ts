import type { OrganisationResponse, Page } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getOrganisations = (regionId: string) =>
  apiFetch<Page<OrganisationResponse>>(`/regions/${regionId}/organisations?limit=200`);

export const organisationsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['organisations', { regionId }],
    queryFn: () => getOrganisations(regionId),
  });

export const useOrganisations = (regionId: string) => useQuery(organisationsQueryOptions(regionId));
