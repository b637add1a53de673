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

/**
 * Shows the new status at once; puts the old one back when the API refuses. The saved assignment
 * goes into the cache as answered; refreshed are only the queries showing its status: its overview,
 * its programme's lists, the start page, its programme's history and its audit trail. Other
 * programmes' lists and other assignments keep their cache (their data cannot have changed).
 */
export function useUpdateAssignmentStatus() {
  const queryClient = useQueryClient();
  const refresh = (assignmentId: string, programmeId: string | undefined) =>
    Promise.all([
      queryClient.invalidateQueries({
        queryKey: ['assignments', assignmentId, 'overview'],
        exact: true,
      }),
      programmeId && queryClient.invalidateQueries({ queryKey: ['assignments', { programmeId }] }),
      programmeId &&
        queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'history'] }),
      queryClient.invalidateQueries({ queryKey: ['start'], exact: true }),
      queryClient.invalidateQueries({
        queryKey: ['audit', { entity: 'assignment', entityId: assignmentId }],
      }),
    ]);
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
      // Refused (a 409: someone changed it meanwhile): fetch what is stored now.
      return Promise.all([
        queryClient.invalidateQueries({
          queryKey: assignmentQueryOptions(assignmentId).queryKey,
          exact: true,
        }),
        refresh(assignmentId, context?.previous?.programmeId),
      ]);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(assignmentQueryOptions(saved.id).queryKey, saved);
      return refresh(saved.id, saved.programmeId);
    },
  });
}
