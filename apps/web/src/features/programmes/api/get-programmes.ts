import type { Page, ProgrammeSummary } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getProgrammes = (regionId: string) =>
  apiFetch<Page<ProgrammeSummary>>(`/regions/${regionId}/programmes?limit=200`);

export const programmesQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['programmes', { regionId }], queryFn: () => getProgrammes(regionId) });

export const useProgrammes = (regionId: string) => useQuery(programmesQueryOptions(regionId));
