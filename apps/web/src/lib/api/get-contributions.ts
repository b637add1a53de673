import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

export const getContributions = (programmeId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/contributions', { params: { path: { programmeId } } }),
  );

export const contributionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['contributions', { programmeId }],
    queryFn: () => getContributions(programmeId),
  });

export const useContributions = (programmeId: string) =>
  useQuery(contributionsQueryOptions(programmeId));
