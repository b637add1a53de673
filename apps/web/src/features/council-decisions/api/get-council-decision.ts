import type { CouncilDecisionDetailResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** One council's decision with its view points and the board's answers. */
export const getCouncilDecision = (programmeId: string, municipalityId: string) =>
  apiFetch<CouncilDecisionDetailResponse>(
    `/programmes/${programmeId}/council-decisions/${municipalityId}`,
  );

export const councilDecisionQueryOptions = (programmeId: string, municipalityId: string) =>
  queryOptions({
    queryKey: ['council-decisions', { programmeId, municipalityId }],
    queryFn: () => getCouncilDecision(programmeId, municipalityId),
  });

export const useCouncilDecision = (programmeId: string, municipalityId: string) =>
  useQuery(councilDecisionQueryOptions(programmeId, municipalityId));
