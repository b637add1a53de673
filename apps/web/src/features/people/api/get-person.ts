import type { PersonResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getPerson = (regionId: string, personId: string) =>
  apiFetch<PersonResponse>(`/regions/${regionId}/people/${personId}`);

export const personQueryOptions = (regionId: string, personId: string) =>
  queryOptions({
    queryKey: ['people', personId],
    queryFn: () => getPerson(regionId, personId),
  });

export const usePerson = (regionId: string, personId: string) =>
  useQuery(personQueryOptions(regionId, personId));
