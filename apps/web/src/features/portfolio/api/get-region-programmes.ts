import type { Page, ProgrammeSummary } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getRegionProgrammes = (regionId: string) =>
  apiFetch<Page<ProgrammeSummary>>(`/regions/${regionId}/programmes?limit=200`);

export const regionProgrammesQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['programmes', { regionId }],
    queryFn: () => getRegionProgrammes(regionId),
  });

export const useRegionProgrammes = (regionId: string) =>
  useQuery(regionProgrammesQueryOptions(regionId));
