import type { Page, PersonResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getPeople = (regionId: string) =>
  allPages((offset) =>
    apiFetch<Page<PersonResponse>>(
      `/regions/${regionId}/people?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const peopleQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['people', { regionId }],
    queryFn: () => getPeople(regionId),
    enabled: regionId !== '',
  });

export const usePeople = (regionId: string) => useQuery(peopleQueryOptions(regionId));
