import type { AssignRoleRequest, RoleName } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export interface RoleChange {
  userId: string;
  role: RoleName;
  /** Grant (with the council's municipality or the portfolio holder's person) or revoke. */
  grant: AssignRoleRequest | null;
}

export const changeRole = (regionId: string, { userId, role, grant }: RoleChange) => {
  const params = { path: { regionId, userId, role } };
  return grant
    ? unwrap(
        api.PUT('/api/regions/{regionId}/users/{userId}/roles/{role}', { params, body: grant }),
      )
    : unwrap(api.DELETE('/api/regions/{regionId}/users/{userId}/roles/{role}', { params }));
};

/** Grants or revokes one role of one account in the region; the list is read again. */
export function useChangeRole(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RoleChange) => changeRole(regionId, change),
    // This region's account lists (every search and page); other regions' did not change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users', { regionId }] }),
  });
}
