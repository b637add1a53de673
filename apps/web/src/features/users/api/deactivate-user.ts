import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const deactivateUser = (userId: string) =>
  unwrap(api.POST('/api/users/{userId}/deactivate', { params: { path: { userId } } }));

/** Ends an account: it can no longer sign in and its sessions end. */
export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
