import type { AnswerViewPointRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const answerViewPoint = (
  programmeId: string,
  pointId: string,
  body: AnswerViewPointRequest,
) =>
  unwrap(
    api.PUT('/api/programmes/{programmeId}/views/{pointId}/answer', {
      params: { path: { programmeId, pointId } },
      body: body,
    }),
  );

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
    void queryClient.invalidateQueries({ queryKey: ['response-memos', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['start'], exact: true });
  };
  return useMutation({
    mutationFn: ({ pointId, ...body }: AnswerViewPointRequest & { pointId: string }) =>
      answerViewPoint(programmeId, pointId, body),
    onSettled: refresh,
  });
}
