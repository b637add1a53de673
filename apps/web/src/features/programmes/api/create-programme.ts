import type { CreateProgrammeRequest, ProgrammeResponse } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const createProgramme = (regionId: string, body: CreateProgrammeRequest) =>
  apiFetch<ProgrammeResponse>(`/regions/${regionId}/programmes`, {
    method: 'POST',
    body: JSON.stringify(body),
  });

/** Starts a new annual programme in a region; the region's list of programmes changes with it. */
export function useCreateProgramme(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgrammeRequest) => createProgramme(regionId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['programmes'] }),
  });
}
