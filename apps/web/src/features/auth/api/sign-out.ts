import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { setCsrfToken } from '../../../lib/csrf';
import { meQueryOptions } from './get-me';

export const signOut = () => apiFetch<void>('/auth/logout', { method: 'POST' });

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryOptions().queryKey, null);
    },
  });
}
