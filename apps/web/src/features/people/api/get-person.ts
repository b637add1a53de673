import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getPerson = (regionId: string, personId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/people/{id}', {
      params: { path: { regionId, id: personId } },
    }),
  );

export const personQueryOptions = (regionId: string, personId: string) =>
  queryOptions({
    queryKey: ['people', personId],
    queryFn: () => getPerson(regionId, personId),
  });

export const usePerson = (regionId: string, personId: string) =>
  useQuery(personQueryOptions(regionId, personId));
