import type { ThemeResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getTheme = (regionId: string, themeId: string) =>
  apiFetch<ThemeResponse>(`/regions/${regionId}/themes/${themeId}`);

export const themeQueryOptions = (regionId: string, themeId: string) =>
  queryOptions({ queryKey: ['themes', themeId], queryFn: () => getTheme(regionId, themeId) });

export const useTheme = (regionId: string, themeId: string) =>
  useQuery(themeQueryOptions(regionId, themeId));
