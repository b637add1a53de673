import type { ProgrammeResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getProgramme = (programmeId: string) =>
  apiFetch<ProgrammeResponse>(`/programmes/${programmeId}`);

export const programmeQueryOptions = (programmeId: string) =>
  queryOptions({ queryKey: ['programmes', programmeId], queryFn: () => getProgramme(programmeId) });

export const useProgramme = (programmeId: string) => useQuery(programmeQueryOptions(programmeId));
