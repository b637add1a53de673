import type { LoginRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { setCsrfToken } from '../../../lib/csrf';
import { replaceMe } from './get-me';

export const signIn = (body: LoginRequest) => unwrap(api.POST('/api/auth/login', { body: body }));

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      // Everything cached so far was seen as someone else.
      replaceMe(queryClient, me);
    },
  });
}
