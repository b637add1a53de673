import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/**
 * The changes to assignments that follow from the views of a consultation round (default the
 * current), each with the view points it answers. Read by the lifecycle (adopt "with
 * amendments"), the view register and the assignment form.
 */
export const getAmendments = (programmeId: string, round?: number) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/amendments', {
      params: { path: { programmeId }, query: round ? { round } : {} },
    }),
  );

export const amendmentsQueryOptions = (programmeId: string, round?: number, enabled = true) =>
  queryOptions({
    queryKey: ['amendments', { programmeId, round: round ?? null }],
    queryFn: () => getAmendments(programmeId, round),
    enabled: enabled && programmeId !== '',
  });

export const useAmendments = (programmeId: string, round?: number, enabled = true) =>
  useQuery(amendmentsQueryOptions(programmeId, round, enabled));
