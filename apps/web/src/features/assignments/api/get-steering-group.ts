import type { SteeringGroupResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getSteeringGroup = (assignmentId: string) =>
  apiFetch<SteeringGroupResponse>(`/assignments/${assignmentId}/steering-group`);

export const steeringGroupQueryOptions = (assignmentId: string) =>
  queryOptions({
    queryKey: ['steering-groups', assignmentId],
    queryFn: () => getSteeringGroup(assignmentId),
  });

export const useSteeringGroup = (assignmentId: string) =>
  useQuery(steeringGroupQueryOptions(assignmentId));
