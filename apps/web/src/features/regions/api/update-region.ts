import type { UpdateRegionRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updateRegion = (regionId: string, body: UpdateRegionRequest) =>
  unwrap(api.PATCH('/api/regions/{regionId}', { params: { path: { regionId } }, body: body }));

/** Saves against the version read; a 409 means someone else saved first. */
export function useUpdateRegion(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRegionRequest) => updateRegion(regionId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['regions', regionId], saved);
      // The list of regions; other regions did not change.
      void queryClient.invalidateQueries({ queryKey: ['regions'], exact: true });
    },
  });
}
