import type { SteeringGroupRequest, SteeringGroupResponse } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { steeringGroupQueryOptions } from './get-steering-group';

export const updateSteeringGroup = (assignmentId: string, body: SteeringGroupRequest) =>
  apiFetch<SteeringGroupResponse>(`/assignments/${assignmentId}/steering-group`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });

export function useUpdateSteeringGroup(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SteeringGroupRequest) => updateSteeringGroup(assignmentId, body),
    onSuccess: (saved) =>
      queryClient.setQueryData(steeringGroupQueryOptions(assignmentId).queryKey, saved),
  });
}
