import type { CreateAssignmentRequest, UpdateAssignmentRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

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

/** Creates or updates an assignment; the programme's list and totals change with it. */
export function useSaveAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveAssignmentInput) =>
      input.kind === 'create'
        ? createAssignment(input.programmeId, input.body)
        : updateAssignment(input.assignmentId, input.body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['assignments', saved.id], saved);
      // Lists, totals and the programme's counts change with it; the saved one is current.
      void queryClient.invalidateQueries({
        queryKey: ['assignments'],
        predicate: (query) => query.queryKey[1] !== saved.id,
      });
      // Its programme's totals and the programme lists' counts; not every other programme.
      void queryClient.invalidateQueries({
        queryKey: ['programmes'],
        predicate: ({ queryKey: [, key] }) =>
          key === saved.programmeId || (typeof key === 'object' && key !== null),
      });
      // An amendment during the consultation: its list, and the councils' amounts, change.
      void queryClient.invalidateQueries({ queryKey: ['amendments'] });
      void queryClient.invalidateQueries({ queryKey: ['council-decisions'] });
    },
  });
}
