import type { AssignmentStatus } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { assignmentQueryOptions } from '../../../lib/api/get-assignment';

export interface UpdateAssignmentStatusInput {
  assignmentId: string;
  status: AssignmentStatus;
  /** The version the portfolio holder read. */
  version: number;
}

/** A portfolio holder reports progress: only the assignment's status, with the version read. */
export const updateAssignmentStatus = ({
  assignmentId,
  status,
  version,
}: UpdateAssignmentStatusInput) =>
  unwrap(
    api.PATCH('/api/assignments/{assignmentId}', {
      params: { path: { assignmentId } },
      body: { status, version },
    }),
  );

/** Shows the new status at once; puts the old one back when the API refuses. */
export function useUpdateAssignmentStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAssignmentStatus,
    onMutate: async ({ assignmentId, status }) => {
      const key = assignmentQueryOptions(assignmentId).queryKey;
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData(key);
      if (previous) queryClient.setQueryData(key, { ...previous, status });
      return { previous };
    },
    onError: (_error, { assignmentId }, context) => {
      if (context?.previous) {
        queryClient.setQueryData(assignmentQueryOptions(assignmentId).queryKey, context.previous);
      }
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(assignmentQueryOptions(saved.id).queryKey, saved);
    },
    onSettled: (_data, _error, { assignmentId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
        queryClient.invalidateQueries({
          queryKey: ['audit', { entity: 'assignment', entityId: assignmentId }],
        }),
      ]),
  });
}
