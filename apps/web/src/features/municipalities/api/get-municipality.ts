import type { MunicipalityResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getMunicipality = (municipalityId: string) =>
  apiFetch<MunicipalityResponse>(`/municipalities/${municipalityId}`);

export const municipalityQueryOptions = (municipalityId: string) =>
  queryOptions({
    queryKey: ['municipalities', municipalityId],
    queryFn: () => getMunicipality(municipalityId),
  });

export const useMunicipality = (municipalityId: string) =>
  useQuery(municipalityQueryOptions(municipalityId));
