import type { MandateDecisionRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export interface CreateMandateDecisionInput {
  assignmentId: string;
  body: MandateDecisionRequest;
}

/** Records a decision under the mandate (refused with the region's sentence past the ceiling). */
export const createMandateDecision = ({ assignmentId, body }: CreateMandateDecisionInput) =>
  unwrap(
    api.POST('/api/assignments/{assignmentId}/mandate/decisions', {
      params: { path: { assignmentId } },
      body,
    }),
  );

export function useCreateMandateDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMandateDecision,
    onSettled: (_data, _error, { assignmentId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['mandates', assignmentId] }),
        queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
      ]),
  });
}
