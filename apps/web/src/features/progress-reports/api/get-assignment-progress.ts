import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** Every reporting period of an assignment's programme with its report, and the lines to report on. */
export const getAssignmentProgress = (assignmentId: string) =>
  unwrap(
    api.GET('/api/assignments/{assignmentId}/progress-reports', {
      params: { path: { assignmentId } },
    }),
  );

export const assignmentProgressQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['progress-reports', { assignmentId }],
    queryFn: () => getAssignmentProgress(assignmentId),
  });

export const useAssignmentProgress = (assignmentId: string) =>
  useQuery(assignmentProgressQueryOptions(assignmentId));
