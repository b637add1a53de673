import type { CreateThemeRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const createTheme = (regionId: string, body: CreateThemeRequest) =>
  unwrap(api.POST('/api/regions/{regionId}/themes', { params: { path: { regionId } }, body }));

/** Adds one to the region; the region's list is read again, the new one is cached. */
export function useCreateTheme(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateThemeRequest) => createTheme(regionId, body),
    onSuccess: (created) => {
      queryClient.setQueryData(['themes', created.id], created);
      void queryClient.invalidateQueries({ queryKey: ['themes', { regionId }] });
    },
  });
}
