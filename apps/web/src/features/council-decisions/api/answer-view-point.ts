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

/** The board's reasoned answer to one point; decisions, register and transitions refresh. */
export function useAnswerViewPoint(programmeId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['council-decisions'] });
    void queryClient.invalidateQueries({ queryKey: ['views'] });
    void queryClient.invalidateQueries({ queryKey: ['municipality-summaries'] });
    void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'transitions'] });
  };
  return useMutation({
    mutationFn: ({ pointId, ...body }: AnswerViewPointRequest & { pointId: string }) =>
      answerViewPoint(programmeId, pointId, body),
    onSettled: refresh,
  });
}
