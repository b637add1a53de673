import type { MandateAccountRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export interface CreateMandateAccountInput {
  assignmentId: string;
  body: MandateAccountRequest;
}

/** Records that the portfolio holder reported back for one report-back date. */
export const createMandateAccount = ({ assignmentId, body }: CreateMandateAccountInput) =>
  unwrap(
    api.POST('/api/assignments/{assignmentId}/mandate/accounts', {
      params: { path: { assignmentId } },
      body,
    }),
  );

export function useCreateMandateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMandateAccount,
    onSettled: (_data, _error, { assignmentId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['mandates', assignmentId] }),
        queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
      ]),
  });
}
