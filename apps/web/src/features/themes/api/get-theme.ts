import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getTheme = (regionId: string, themeId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/themes/{id}', { params: { path: { regionId, id: themeId } } }),
  );

export const themeQueryOptions = (regionId: string, themeId: string) =>
  queryOptions({ queryKey: ['themes', themeId], queryFn: () => getTheme(regionId, themeId) });

export const useTheme = (regionId: string, themeId: string) =>
  useQuery(themeQueryOptions(regionId, themeId));
