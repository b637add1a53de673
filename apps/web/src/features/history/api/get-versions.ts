import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getVersions = (programmeId: string) =>
  unwrap(api.GET('/api/programmes/{programmeId}/versions', { params: { path: { programmeId } } }));

/** Under ['programmes', id]: a transition that invalidates the programme refreshes its versions. */
export const versionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'versions'],
    queryFn: () => getVersions(programmeId),
  });

export const useVersions = (programmeId: string) => useQuery(versionsQueryOptions(programmeId));
