import type { TransitionRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const postTransition = (programmeId: string, body: TransitionRequest) =>
  unwrap(
    api.POST('/api/programmes/{programmeId}/transitions', {
      params: { path: { programmeId } },
      body: body,
    }),
  );

/** Moves the programme to its next state; the programme, its lists and the councils refresh. */
export function useTransition(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => postTransition(programmeId, body),
    onSuccess: (programme) => {
      queryClient.setQueryData(['programmes', programmeId], programme);
      void queryClient.invalidateQueries({ queryKey: ['programmes'] });
      void queryClient.invalidateQueries({ queryKey: ['council-decisions'] });
      void queryClient.invalidateQueries({ queryKey: ['views'] });
      void queryClient.invalidateQueries({ queryKey: ['municipality-summaries'] });
    },
  });
}
