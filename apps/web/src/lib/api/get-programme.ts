/** Endpoints several features read. One file each, so one query key has one fetcher. */
import type { ProgrammeResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api-client';

/** One programme with its totals by theme, funding source and year. */
export const getProgramme = (programmeId: string) =>
  apiFetch<ProgrammeResponse>(`/programmes/${programmeId}`);

export const programmeQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId],
    queryFn: () => getProgramme(programmeId),
    enabled: programmeId !== '',
  });

export const useProgramme = (programmeId: string) => useQuery(programmeQueryOptions(programmeId));
