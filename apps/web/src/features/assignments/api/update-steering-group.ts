import type { SteeringGroupRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { steeringGroupQueryOptions } from './get-steering-group';

export const updateSteeringGroup = (assignmentId: string, body: SteeringGroupRequest) =>
  unwrap(
    api.PUT('/api/assignments/{assignmentId}/steering-group', {
      params: { path: { assignmentId } },
      body: body,
    }),
  );

export function useUpdateSteeringGroup(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SteeringGroupRequest) => updateSteeringGroup(assignmentId, body),
    onSuccess: (saved) =>
      queryClient.setQueryData(steeringGroupQueryOptions(assignmentId).queryKey, saved),
  });
}
