import type { UpdateOrganisationRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updateOrganisation = (
  regionId: string,
  organisationId: string,
  body: UpdateOrganisationRequest,
) =>
  unwrap(
    api.PATCH('/api/regions/{regionId}/organisations/{id}', {
      params: { path: { regionId, id: organisationId } },
      body: body,
    }),
  );

/** Saves against the version read; a 409 means someone else saved first. */
export function useUpdateOrganisation(regionId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) =>
      updateOrganisation(regionId, organisationId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['organisations', organisationId], saved);
      // The region's lists of organisations; other organisations did not change.
      void queryClient.invalidateQueries({ queryKey: ['organisations', { regionId }] });
    },
  });
}
