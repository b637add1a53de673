import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { setCsrfToken } from '../../../lib/csrf';
import { replaceMe } from './get-me';

export const signOut = () => apiFetch<void>('/auth/logout', { method: 'POST' });

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
