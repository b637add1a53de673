import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** The ratification matrix: every member council with its decision (409 when never sent). */
export const getCouncilDecisions = (programmeId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/council-decisions', {
      params: { path: { programmeId } },
    }),
  );

export const councilDecisionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['council-decisions', { programmeId }],
    queryFn: () => getCouncilDecisions(programmeId),
  });

export const useCouncilDecisions = (programmeId: string) =>
  useQuery(councilDecisionsQueryOptions(programmeId));
