import type {
  CopyAssignmentsRequest,
  CreateProgrammeRequest,
  ProgrammeResponse,
} from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const createProgramme = (regionId: string, body: CreateProgrammeRequest) =>
  unwrap(api.POST('/api/regions/{regionId}/programmes', { params: { path: { regionId } }, body }));

/** What starting a programme did: the new programme, and what became of taking assignments over. */
export interface StartedProgramme {
  programme: ProgrammeResponse;
  copy?: { from: string; copiedCount: number } | { from: string; failed: string };
}

/**
 * Starts a new annual programme in a region and, when asked, takes over the continuing
 * assignments of an earlier one. The programme stands even when taking over fails: the result
 * says so, and the bureau can add the assignments by hand.
 */
export function useStartProgramme(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      body: CreateProgrammeRequest;
      copyFrom?: { id: string; title: string };
    }): Promise<StartedProgramme> => {
      const programme = await createProgramme(regionId, input.body);
      if (!input.copyFrom) return { programme };
      const from = input.copyFrom.title;
      try {
        const copied = await copyAssignments(programme.id, { fromProgrammeId: input.copyFrom.id });
        return { programme, copy: { from, copiedCount: copied.copiedCodes.length } };
      } catch (error) {
        return { programme, copy: { from, failed: (error as Error).message } };
      }
    },
    // The region's lists and the start page gain it; no list of the new programme is cached yet,
    // and the programme copied from does not change.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['programmes', { regionId }] });
      void queryClient.invalidateQueries({ queryKey: ['start'], exact: true });
    },
  });
}

export const copyAssignments = (programmeId: string, body: CopyAssignmentsRequest) =>
  unwrap(
    api.POST('/api/programmes/{programmeId}/assignments/copy', {
      params: { path: { programmeId } },
      body,
    }),
  );
