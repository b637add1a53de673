import type { OrganisationResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getOrganisation = (regionId: string, organisationId: string) =>
  apiFetch<OrganisationResponse>(`/regions/${regionId}/organisations/${organisationId}`);

export const organisationQueryOptions = (regionId: string, organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId],
    queryFn: () => getOrganisation(regionId, organisationId),
  });

export const useOrganisation = (regionId: string, organisationId: string) =>
  useQuery(organisationQueryOptions(regionId, organisationId));
