import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Everyone who appears in a programme's history, to filter by. */
export const getHistoryPeople = (programmeId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/history/people', { params: { path: { programmeId } } }),
  );

export const historyPeopleQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'history', 'people'],
    queryFn: () => getHistoryPeople(programmeId),
  });

export const useHistoryPeople = (programmeId: string) =>
  useQuery(historyPeopleQueryOptions(programmeId));
