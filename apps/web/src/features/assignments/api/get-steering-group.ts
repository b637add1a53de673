import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getSteeringGroup = (assignmentId: string) =>
  unwrap(
    api.GET('/api/assignments/{assignmentId}/steering-group', {
      params: { path: { assignmentId } },
    }),
  );

export const steeringGroupQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['steering-groups', assignmentId],
    queryFn: () => getSteeringGroup(assignmentId),
  });

export const useSteeringGroup = (assignmentId: string) =>
  useQuery(steeringGroupQueryOptions(assignmentId));
