import type { RecordCouncilDecisionRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const recordCouncilDecision = (
  programmeId: string,
  municipalityId: string,
  body: RecordCouncilDecisionRequest,
) =>
  unwrap(
    api.PUT('/api/programmes/{programmeId}/council-decisions/{municipalityId}', {
      params: { path: { programmeId, municipalityId } },
      body: body,
    }),
  );

/** Records a council's whole decision; the matrix, the views and the summaries refresh. */
export function useRecordCouncilDecision(programmeId: string, municipalityId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['council-decisions'] });
    void queryClient.invalidateQueries({ queryKey: ['views'] });
    void queryClient.invalidateQueries({ queryKey: ['municipality-summaries'] });
    void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'transitions'] });
  };
  return useMutation({
    mutationFn: (body: RecordCouncilDecisionRequest) =>
      recordCouncilDecision(programmeId, municipalityId, body),
    onSuccess: (decision) => {
      queryClient.setQueryData(['council-decisions', { programmeId, municipalityId }], decision);
      refresh();
    },
    // A 409 means someone else saved: fetch theirs so it can be shown beside what was typed.
    onError: refresh,
  });
}
