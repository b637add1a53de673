import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { setCsrfToken } from '../../../lib/csrf';
import { replaceMe } from './get-me';

export const signOut = () => unwrap(api.POST('/api/auth/logout'));

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null);
      replaceMe(queryClient, null);
    },
  });
}
