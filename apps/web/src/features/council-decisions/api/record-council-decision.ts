import type { RecordCouncilDecisionRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { councilDecisionQueryOptions } from './get-council-decision';
import { councilDecisionsQueryOptions } from '../../../lib/api/get-council-decisions';

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

/**
 * Records a council's whole decision. The answer is the decision as stored: it goes into the
 * cache as it is; of this programme only, the matrix of the current round, the view register,
 * the councils' summaries and the contributions (a decline moves the others' shares) and the
 * transitions refresh. Nothing of other programmes is touched.
 */
export function useRecordCouncilDecision(programmeId: string, municipalityId: string) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({
      queryKey: councilDecisionsQueryOptions(programmeId).queryKey,
      exact: true,
    });
    void queryClient.invalidateQueries({ queryKey: ['views', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['municipality-summaries', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['contributions', { programmeId }] });
    void queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'transitions'] });
    void queryClient.invalidateQueries({ queryKey: ['start'], exact: true });
  };
  return useMutation({
    mutationFn: (body: RecordCouncilDecisionRequest) =>
      recordCouncilDecision(programmeId, municipalityId, body),
    onSuccess: (decision) => {
      queryClient.setQueryData(
        councilDecisionQueryOptions(programmeId, municipalityId).queryKey,
        decision,
      );
      refresh();
    },
    // A 409 means someone else saved: fetch theirs so it can be shown beside what was typed.
    onError: () => {
      void queryClient.invalidateQueries({
        queryKey: councilDecisionQueryOptions(programmeId, municipalityId).queryKey,
      });
      refresh();
    },
  });
}
