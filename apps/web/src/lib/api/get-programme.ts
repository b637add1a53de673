/** Endpoints several features read. One file each, so one query key has one fetcher. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** One programme with its totals by theme, funding source and year. */
export const getProgramme = (programmeId: string) =>
  unwrap(api.GET('/api/programmes/{programmeId}', { params: { path: { programmeId } } }));

export const programmeQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId],
    queryFn: () => getProgramme(programmeId),
    enabled: programmeId !== '',
  });

export const useProgramme = (programmeId: string) => useQuery(programmeQueryOptions(programmeId));
