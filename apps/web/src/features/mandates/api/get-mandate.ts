import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** An assignment's mandate: use of its ceiling, alerts, decisions and report-back accounts. */
export const getMandate = (assignmentId: string) =>
  unwrap(
    api.GET('/api/assignments/{assignmentId}/mandate', { params: { path: { assignmentId } } }),
  );

export const mandateQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['mandates', assignmentId],
    queryFn: () => getMandate(assignmentId),
    enabled: assignmentId !== '',
  });

export const useMandate = (assignmentId: string, enabled = true) =>
  useQuery({ ...mandateQueryOptions(assignmentId), enabled: enabled && assignmentId !== '' });
