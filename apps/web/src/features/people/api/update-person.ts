import type { UpdatePersonRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updatePerson = (regionId: string, personId: string, body: UpdatePersonRequest) =>
  unwrap(
    api.PATCH('/api/regions/{regionId}/people/{id}', {
      params: { path: { regionId, id: personId } },
      body: body,
    }),
  );

/** Saves a person against the version read; a 409 means someone else saved first. */
export function useUpdatePerson(regionId: string, personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonRequest) => updatePerson(regionId, personId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['people', personId], saved);
      // The region's lists of people; other people did not change.
      void queryClient.invalidateQueries({ queryKey: ['people', { regionId }] });
    },
  });
}
