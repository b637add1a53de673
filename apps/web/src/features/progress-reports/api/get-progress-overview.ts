import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Per period: which reports of the programme are missing, draft, submitted, returned, accepted or late. */
export const getProgressOverview = (programmeId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/progress-overview', {
      params: { path: { programmeId } },
    }),
  );

export const progressOverviewQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['progress-reports', 'overview', { programmeId }],
    queryFn: () => getProgressOverview(programmeId),
  });

export const useProgressOverview = (programmeId: string) =>
  useQuery(progressOverviewQueryOptions(programmeId));
