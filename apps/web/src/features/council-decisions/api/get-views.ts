import type { ViewPointRegisterResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** The register of all points of the councils' formal views, with the board's answers. */
export const getViews = (programmeId: string, unanswered?: boolean) =>
  apiFetch<ViewPointRegisterResponse>(
    `/programmes/${programmeId}/views?limit=200${unanswered ? '&unanswered=true' : ''}`,
  );

export const viewsQueryOptions = (programmeId: string, unanswered?: boolean) =>
  queryOptions({
    queryKey: ['views', { programmeId, unanswered: !!unanswered }],
    queryFn: () => getViews(programmeId, unanswered),
  });

export const useViews = (programmeId: string, unanswered?: boolean) =>
  useQuery(viewsQueryOptions(programmeId, unanswered));
