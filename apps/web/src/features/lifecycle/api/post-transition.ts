import type { TransitionRequest, TransitionResponse } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const postTransition = (programmeId: string, body: TransitionRequest) =>
  apiFetch<TransitionResponse>(`/programmes/${programmeId}/transitions`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

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
