import type { CreateExternalProgrammeRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const createExternalProgramme = (regionId: string, body: CreateExternalProgrammeRequest) =>
  unwrap(
    api.POST('/api/regions/{regionId}/external-programmes', {
      params: { path: { regionId } },
      body,
    }),
  );

/** Adds one the region maintains; the list is read again, the new one is cached. */
export function useCreateExternalProgramme(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateExternalProgrammeRequest) => createExternalProgramme(regionId, body),
    onSuccess: (created) => {
      queryClient.setQueryData(['external-programmes', created.id], created);
      void queryClient.invalidateQueries({ queryKey: ['external-programmes'], exact: true });
    },
  });
}
