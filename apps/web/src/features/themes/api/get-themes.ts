import type { Page, ThemeResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getThemes = (regionId: string) =>
  allPages((offset) =>
    apiFetch<Page<ThemeResponse>>(
      `/regions/${regionId}/themes?limit=${PAGE_SIZE}&offset=${offset}`,
    ),
  );

export const themesQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['themes', { regionId }], queryFn: () => getThemes(regionId) });

export const useThemes = (regionId: string) => useQuery(themesQueryOptions(regionId));
