import type { TransitionRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { programmeQueryOptions } from '../../../lib/api/get-programme';
import { refreshProgramme } from '../../../lib/api/refresh-programme';

export const postTransition = (programmeId: string, body: TransitionRequest) =>
  unwrap(
    api.POST('/api/programmes/{programmeId}/transitions', {
      params: { path: { programmeId } },
      body: body,
    }),
  );

/**
 * Moves the programme to its next state. The answer is the programme, so it goes into the cache;
 * refreshed are what its state shows in or creates: its lists, versions (leaving draft freezes
 * one), history, transitions, the councils' decisions and views of this programme, the public
 * list, the start page and portfolio, and its progress (entering execution opens the periods).
 * Other programmes keep their cache.
 */
export function useTransition(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => postTransition(programmeId, body),
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeQueryOptions(programmeId).queryKey, programme);
      void Promise.all([
        refreshProgramme(queryClient, programmeId, programme.regionId),
        // The list of versions; a difference between two frozen versions never changes.
        queryClient.invalidateQueries({
          queryKey: ['programmes', programmeId, 'versions'],
          exact: true,
        }),
        queryClient.invalidateQueries({ queryKey: ['views', { programmeId }] }),
        queryClient.invalidateQueries({ queryKey: ['open-programmes'] }),
        queryClient.invalidateQueries({ queryKey: ['portfolio', 'me'], exact: true }),
        // The overview is keyed by programme; an assignment's progress carries it in its data.
        queryClient.invalidateQueries({
          queryKey: ['progress-reports'],
          predicate: ({ state }) =>
            (state.data as { programmeId?: string } | undefined)?.programmeId === programmeId,
        }),
      ]);
    },
  });
}
