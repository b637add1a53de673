import type { CreateRegionUserRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const createRegionUser = (regionId: string, body: CreateRegionUserRequest) =>
  unwrap(api.POST('/api/regions/{regionId}/users', { params: { path: { regionId } }, body }));

/** Invites a person into the region with a role; the answer holds the one-time password. */
export function useCreateRegionUser(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRegionUserRequest) => createRegionUser(regionId, body),
    // This region's account lists (every search and page); other regions' did not change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users', { regionId }] }),
  });
}
