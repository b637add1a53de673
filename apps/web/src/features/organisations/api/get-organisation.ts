import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getOrganisation = (regionId: string, organisationId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/organisations/{id}', {
      params: { path: { regionId, id: organisationId } },
    }),
  );

export const organisationQueryOptions = (regionId: string, organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId],
    queryFn: () => getOrganisation(regionId, organisationId),
  });

export const useOrganisation = (regionId: string, organisationId: string) =>
  useQuery(organisationQueryOptions(regionId, organisationId));
