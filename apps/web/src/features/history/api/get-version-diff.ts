import type { VersionDiffResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getVersionDiff = (programmeId: string, from: number, to: number) =>
  apiFetch<VersionDiffResponse>(`/programmes/${programmeId}/versions/${from}/diff/${to}`);

/** Frozen versions never change, so a difference once loaded stays true. */
export const versionDiffQueryOptions = (programmeId: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'versions', from, 'diff', to],
    queryFn: () => getVersionDiff(programmeId, from, to),
    staleTime: Infinity,
  });

export const useVersionDiff = (programmeId: string, from: number, to: number) =>
  useQuery(versionDiffQueryOptions(programmeId, from, to));
