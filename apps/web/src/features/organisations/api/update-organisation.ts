import type { OrganisationResponse, UpdateOrganisationRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const updateOrganisation = (
  regionId: string,
  organisationId: string,
  body: UpdateOrganisationRequest,
) =>
  apiFetch<OrganisationResponse>(`/regions/${regionId}/organisations/${organisationId}`, {
    method: 'PATCH',
    body: JSON.stringify(body),
  });

/** Saves against the version read; a 409 means someone else saved first. */
export function useUpdateOrganisation(regionId: string, organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) =>
      updateOrganisation(regionId, organisationId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['organisations', organisationId], saved);
      void queryClient.invalidateQueries({
        queryKey: ['organisations'],
        predicate: (query) => query.queryKey[1] !== organisationId,
      });
    },
  });
}
