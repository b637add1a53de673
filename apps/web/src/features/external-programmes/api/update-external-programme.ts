import type { UpdateExternalProgrammeRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updateExternalProgramme = (
  regionId: string,
  id: string,
  body: UpdateExternalProgrammeRequest,
) =>
  unwrap(
    api.PATCH('/api/regions/{regionId}/external-programmes/{id}', {
      params: { path: { regionId, id } },
      body,
    }),
  );

/** Saves against the version read; a 409 means someone else saved first. */
export function useUpdateExternalProgramme(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateExternalProgrammeRequest) =>
      updateExternalProgramme(regionId, id, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['external-programmes', id], saved);
      // The list; other external programmes did not change.
      void queryClient.invalidateQueries({ queryKey: ['external-programmes'], exact: true });
    },
  });
}
