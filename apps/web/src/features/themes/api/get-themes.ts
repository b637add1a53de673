import type { Page, ThemeResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const getThemes = (regionId: string) =>
  apiFetch<Page<ThemeResponse>>(`/regions/${regionId}/themes?limit=200`);

export const themesQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['themes', { regionId }], queryFn: () => getThemes(regionId) });

export const useThemes = (regionId: string) => useQuery(themesQueryOptions(regionId));
