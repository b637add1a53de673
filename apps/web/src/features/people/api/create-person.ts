import type { CreatePersonRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const createPerson = (regionId: string, body: CreatePersonRequest) =>
  unwrap(api.POST('/api/regions/{regionId}/people', { params: { path: { regionId } }, body }));

/** Adds one to the region; the region's list is read again, the new one is cached. */
export function useCreatePerson(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonRequest) => createPerson(regionId, body),
    onSuccess: (created) => {
      queryClient.setQueryData(['people', created.id], created);
      void queryClient.invalidateQueries({ queryKey: ['people', { regionId }] });
    },
  });
}
