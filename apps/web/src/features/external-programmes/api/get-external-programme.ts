import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getExternalProgramme = (id: string) =>
  unwrap(api.GET('/api/external-programmes/{id}', { params: { path: { id } } }));

export const externalProgrammeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['external-programmes', id],
    queryFn: () => getExternalProgramme(id),
    enabled: id !== '',
  });

export const useExternalProgramme = (id: string) => useQuery(externalProgrammeQueryOptions(id));
