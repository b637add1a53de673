import type { UpdateProgrammeRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { programmeQueryOptions } from '../../../lib/api/get-programme';
import { refreshProgramme } from '../../../lib/api/refresh-programme';

export const updateProgramme = (programmeId: string, body: UpdateProgrammeRequest) =>
  unwrap(api.PATCH('/api/programmes/{programmeId}', { params: { path: { programmeId } }, body }));

/** Saves a programme's settings against the version read; the programme's screens follow. */
export function useUpdateProgramme(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProgrammeRequest) => updateProgramme(programmeId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(programmeQueryOptions(programmeId).queryKey, saved);
      // Its region's lists show the title and year; its cost-sharing key and population date
      // change the contributions and councils' amounts. Other programmes and regions did not change.
      void Promise.all([
        refreshProgramme(queryClient, programmeId, saved.regionId),
        queryClient.invalidateQueries({ queryKey: ['portfolio', 'me'], exact: true }),
      ]);
    },
  });
}
