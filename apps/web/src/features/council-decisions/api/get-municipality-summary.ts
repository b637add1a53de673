import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** One municipality's page: its money, its assignments, its council's decision and view. */
export const getMunicipalitySummary = (programmeId: string, municipalityId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/municipalities/{municipalityId}/summary', {
      params: { path: { programmeId, municipalityId } },
    }),
  );

export const municipalitySummaryQueryOptions = (programmeId: string, municipalityId: string) =>
  queryOptions({
    queryKey: ['municipality-summaries', { programmeId, municipalityId }],
    queryFn: () => getMunicipalitySummary(programmeId, municipalityId),
  });

export const useMunicipalitySummary = (programmeId: string, municipalityId: string) =>
  useQuery(municipalitySummaryQueryOptions(programmeId, municipalityId));
