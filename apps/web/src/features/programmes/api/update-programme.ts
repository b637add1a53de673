import type { UpdateProgrammeRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updateProgramme = (programmeId: string, body: UpdateProgrammeRequest) =>
  unwrap(api.PATCH('/api/programmes/{programmeId}', { params: { path: { programmeId } }, body }));

/** Saves a programme's settings against the version read; the programme's screens follow. */
export function useUpdateProgramme(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProgrammeRequest) => updateProgramme(programmeId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['programmes', programmeId], saved);
      // The region's list shows the title and year; the saved programme itself is current.
      void queryClient.invalidateQueries({
        queryKey: ['programmes'],
        predicate: (query) => query.queryKey[1] !== programmeId,
      });
    },
  });
}
