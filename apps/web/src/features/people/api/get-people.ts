import type { Page, PersonResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getPeople = (regionId: string) =>
  apiFetch<Page<PersonResponse>>(`/regions/${regionId}/people?limit=200`);

export const peopleQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['people', { regionId }],
    queryFn: () => getPeople(regionId),
    enabled: regionId !== '',
  });

export const usePeople = (regionId: string) => useQuery(peopleQueryOptions(regionId));
