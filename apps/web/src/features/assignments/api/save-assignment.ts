import type { CreateAssignmentRequest, UpdateAssignmentRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { assignmentQueryOptions } from '../../../lib/api/get-assignment';
import { refreshProgramme } from '../../../lib/api/refresh-programme';

export const createAssignment = (programmeId: string, body: CreateAssignmentRequest) =>
  unwrap(
    api.POST('/api/programmes/{programmeId}/assignments', {
      params: { path: { programmeId } },
      body,
    }),
  );

export const updateAssignment = (assignmentId: string, body: UpdateAssignmentRequest) =>
  unwrap(
    api.PATCH('/api/assignments/{assignmentId}', { params: { path: { assignmentId } }, body }),
  );

export type SaveAssignmentInput =
  | { kind: 'create'; programmeId: string; body: CreateAssignmentRequest }
  | { kind: 'update'; assignmentId: string; body: UpdateAssignmentRequest };

/**
 * Creates or updates an assignment. The answer is the assignment as stored, so it goes into the
 * cache; refreshed are its overview (and those of the assignments it links, which show its code
 * and title), its programme's lists, totals and everything computed from them, and what shows it
 * elsewhere (its mandate, its progress form, the portfolio). Other programmes keep their cache.
 */
export function useSaveAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAssignmentInput) =>
      input.kind === 'create'
        ? createAssignment(input.programmeId, input.body)
        : updateAssignment(input.assignmentId, input.body),
    onSuccess: (saved) => {
      const { id, programmeId } = saved;
      queryClient.setQueryData(assignmentQueryOptions(id).queryKey, saved);
      const overviews = [id, ...saved.linkedAssignmentIds].map((assignmentId) =>
        queryClient.invalidateQueries({
          queryKey: ['assignments', assignmentId, 'overview'],
          exact: true,
        }),
      );
      void Promise.all([
        ...overviews,
        queryClient.invalidateQueries({ queryKey: ['assignments', { programmeId }] }),
        queryClient.invalidateQueries({ queryKey: ['programmes', programmeId], exact: true }),
        refreshProgramme(queryClient, programmeId, saved.regionId),
        queryClient.invalidateQueries({ queryKey: ['mandates', id], exact: true }),
        queryClient.invalidateQueries({ queryKey: ['progress-reports', { assignmentId: id }] }),
        queryClient.invalidateQueries({ queryKey: ['portfolio', 'me'], exact: true }),
      ]);
    },
  });
}
