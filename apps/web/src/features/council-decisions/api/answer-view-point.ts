import type { AnswerViewPointRequest, ViewPointResponse } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const answerViewPoint = (
  programmeId: string,
  pointId: string,
  body: AnswerViewPointRequest,
) =>
  apiFetch<ViewPointResponse>(`/programmes/${programmeId}/views/${pointId}/answer`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });

/**
 * The board's reasoned answer to one point; this programme's decisions, register, summaries and
 * transitions refresh (nothing of other programmes).
 */
export function useAnswerViewPoint(programmeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['council-decisions', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['views', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['municipality-summaries', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'transitions'] });
  };
  return useMutation({
    mutationFn: ({ pointId, ...body }: AnswerViewPointRequest & { pointId: string }) =>
      answerViewPoint(programmeId, pointId, body),
    onSettled: refresh,
  });
}
