import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** The annual programmes of a region, newest first (the programme list and the portfolio). */
export const getProgrammes = (regionId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/programmes', {
      params: { path: { regionId }, query: { limit: 200 } },
    }),
  );

export const programmesQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['programmes', { regionId }], queryFn: () => getProgrammes(regionId) });

export const useProgrammes = (regionId: string) => useQuery(programmesQueryOptions(regionId));
