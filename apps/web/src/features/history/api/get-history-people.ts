import type { HistoryPerson } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Everyone who appears in a programme's history, to filter by. */
export const getHistoryPeople = (programmeId: string) =>
  apiFetch<HistoryPerson[]>(`/programmes/${programmeId}/history/people`);

export const historyPeopleQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'history', 'people'],
    queryFn: () => getHistoryPeople(programmeId),
  });

export const useHistoryPeople = (programmeId: string) =>
  useQuery(historyPeopleQueryOptions(programmeId));
