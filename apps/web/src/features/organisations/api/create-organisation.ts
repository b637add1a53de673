import type { CreateOrganisationRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const createOrganisation = (regionId: string, body: CreateOrganisationRequest) =>
  unwrap(
    api.POST('/api/regions/{regionId}/organisations', { params: { path: { regionId } }, body }),
  );

/** Adds one to the region; the region's list is read again, the new one is cached. */
export function useCreateOrganisation(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => createOrganisation(regionId, body),
    onSuccess: (created) => {
      queryClient.setQueryData(['organisations', created.id], created);
      void queryClient.invalidateQueries({ queryKey: ['organisations', { regionId }] });
    },
  });
}
