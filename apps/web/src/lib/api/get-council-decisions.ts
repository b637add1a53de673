import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/**
 * The ratification matrix of a consultation round (default the current one): every member
 * council with its decision (409 when never sent).
 */
export const getCouncilDecisions = (programmeId: string, round?: number) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/council-decisions', {
      params: { path: { programmeId }, query: round ? { round } : {} },
    }),
  );

export const councilDecisionsQueryOptions = (programmeId: string, round?: number) =>
  queryOptions({
    queryKey: ['council-decisions', { programmeId, round: round ?? null }],
    queryFn: () => getCouncilDecisions(programmeId, round),
  });

export const useCouncilDecisions = (programmeId: string, round?: number) =>
  useQuery(councilDecisionsQueryOptions(programmeId, round));
