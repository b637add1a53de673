import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getVersionDiff = (programmeId: string, from: number, to: number) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/versions/{a}/diff/{b}', {
      params: { path: { programmeId, a: from, b: to } },
    }),
  );

/** Frozen versions never change, so a difference once loaded stays true. */
export const versionDiffQueryOptions = (programmeId: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'versions', from, 'diff', to],
    queryFn: () => getVersionDiff(programmeId, from, to),
    staleTime: Infinity,
  });

export const useVersionDiff = (programmeId: string, from: number, to: number) =>
  useQuery(versionDiffQueryOptions(programmeId, from, to));
