import type { InvitationAnswerRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { invitationsQueryOptions } from './get-invitations';
import { meQueryOptions } from './get-me';

export type InvitationAnswer = 'accept' | 'decline';

export const answerInvitation = (answer: InvitationAnswer, body: InvitationAnswerRequest) =>
  unwrap(
    answer === 'accept'
      ? api.POST('/api/auth/invitations/accept', { body })
      : api.POST('/api/auth/invitations/decline', { body }),
  );

/** Accepts or declines one offer; an accepted role counts at once (the user's roles are read again). */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ answer, invitationId }: { answer: InvitationAnswer; invitationId: string }) =>
      answerInvitation(answer, { invitationId }),
    onSuccess: async (_, { answer }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationsQueryOptions().queryKey }),
        answer === 'accept' &&
          queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
      ]);
    },
  });
}
