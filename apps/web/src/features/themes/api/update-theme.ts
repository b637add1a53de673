import type { UpdateThemeRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const updateTheme = (regionId: string, themeId: string, body: UpdateThemeRequest) =>
  unwrap(
    api.PATCH('/api/regions/{regionId}/themes/{id}', {
      params: { path: { regionId, id: themeId } },
      body: body,
    }),
  );

/** Saves against the version read; a 409 means someone else saved first. */
export function useUpdateTheme(regionId: string, themeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateThemeRequest) => updateTheme(regionId, themeId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(['themes', themeId], saved);
      // The region's theme list; other themes did not change.
      void queryClient.invalidateQueries({ queryKey: ['themes', { regionId }] });
    },
  });
}
