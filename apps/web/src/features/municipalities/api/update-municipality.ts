import type { UpdateMunicipalityRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updateMunicipality = (municipalityId: string, body: UpdateMunicipalityRequest) =>
  unwrap(
    api.PATCH('/api/municipalities/{id}', { params: { path: { id: municipalityId } }, body: body }),
  );

/** Saves against the version read; a 409 means someone else saved first. */
export function useUpdateMunicipality(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMunicipalityRequest) => updateMunicipality(municipalityId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['municipalities', municipalityId], saved);
      // Its region's list; other municipalities and the populations did not change.
      void queryClient.invalidateQueries({
        queryKey: ['municipalities', { regionId: saved.regionId }],
      });
    },
  });
}
