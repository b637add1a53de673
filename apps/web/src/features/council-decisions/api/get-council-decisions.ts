import type { CouncilDecisionMatrixResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** The ratification matrix: every member council with its decision (409 when never sent). */
export const getCouncilDecisions = (programmeId: string) =>
  apiFetch<CouncilDecisionMatrixResponse>(`/programmes/${programmeId}/council-decisions`);

export const councilDecisionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['council-decisions', { programmeId }],
    queryFn: () => getCouncilDecisions(programmeId),
  });

export const useCouncilDecisions = (programmeId: string) =>
  useQuery(councilDecisionsQueryOptions(programmeId));
