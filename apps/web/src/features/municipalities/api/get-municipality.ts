import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getMunicipality = (municipalityId: string) =>
  unwrap(api.GET('/api/municipalities/{id}', { params: { path: { id: municipalityId } } }));

export const municipalityQueryOptions = (municipalityId: string) =>
  queryOptions({
    queryKey: ['municipalities', municipalityId],
    queryFn: () => getMunicipality(municipalityId),
  });

export const useMunicipality = (municipalityId: string) =>
  useQuery(municipalityQueryOptions(municipalityId));
