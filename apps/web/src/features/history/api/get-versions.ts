import type { ProgrammeVersionList } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getVersions = (programmeId: string) =>
  apiFetch<ProgrammeVersionList>(`/programmes/${programmeId}/versions`);

/** Under ['programmes', id]: a transition that invalidates the programme refreshes its versions. */
export const versionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'versions'],
    queryFn: () => getVersions(programmeId),
  });

export const useVersions = (programmeId: string) => useQuery(versionsQueryOptions(programmeId));
