import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** One council's decision in a round (default the current) with its view and the answers. */
export const getCouncilDecision = (programmeId: string, municipalityId: string, round?: number) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/council-decisions/{municipalityId}', {
      params: { path: { programmeId, municipalityId }, query: round ? { round } : {} },
    }),
  );

export const councilDecisionQueryOptions = (
  programmeId: string,
  municipalityId: string,
  round?: number,
) =>
  queryOptions({
    queryKey: ['council-decisions', { programmeId, municipalityId, round: round ?? null }],
    queryFn: () => getCouncilDecision(programmeId, municipalityId, round),
  });

export const useCouncilDecision = (programmeId: string, municipalityId: string, round?: number) =>
  useQuery(councilDecisionQueryOptions(programmeId, municipalityId, round));
