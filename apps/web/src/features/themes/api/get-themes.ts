import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

export const getThemes = (regionId: string) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/regions/{regionId}/themes', {
        params: { path: { regionId }, query: { limit: PAGE_SIZE, offset } },
      }),
    ),
  );

export const themesQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: ['themes', { regionId }],
    queryFn: () => getThemes(regionId),
    enabled: regionId !== '',
  });

export const useThemes = (regionId: string) => useQuery(themesQueryOptions(regionId));
