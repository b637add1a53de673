import type { ViewPointRegisterResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/**
 * The register of all points of the councils' formal views in a round (default the current),
 * with the board's answers.
 */
export const getViews = (programmeId: string, unanswered?: boolean, round?: number) =>
  apiFetch<ViewPointRegisterResponse>(
    `/programmes/${programmeId}/views?limit=200${unanswered ? '&unanswered=true' : ''}${round ? `&round=${round}` : ''}`,
  );

export const viewsQueryOptions = (programmeId: string, unanswered?: boolean, round?: number) =>
  queryOptions({
    queryKey: ['views', { programmeId, unanswered: !!unanswered, round: round ?? null }],
    queryFn: () => getViews(programmeId, unanswered, round),
    enabled: programmeId !== '',
  });

export const useViews = (programmeId: string, unanswered?: boolean, round?: number) =>
  useQuery(viewsQueryOptions(programmeId, unanswered, round));
