import type { CouncilDecisionMatrixResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/**
 * The ratification matrix of a consultation round (default the current one): every member
 * council with its decision (409 when never sent).
 */
export const getCouncilDecisions = (programmeId: string, round?: number) =>
  apiFetch<CouncilDecisionMatrixResponse>(
    `/programmes/${programmeId}/council-decisions${round ? `?round=${round}` : ''}`,
  );

export const councilDecisionsQueryOptions = (programmeId: string, round?: number) =>
  queryOptions({
    queryKey: ['council-decisions', { programmeId, round: round ?? null }],
    queryFn: () => getCouncilDecisions(programmeId, round),
  });

export const useCouncilDecisions = (programmeId: string, round?: number) =>
  useQuery(councilDecisionsQueryOptions(programmeId, round));
