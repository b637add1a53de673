import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const getThemes = (regionId: string) =>
  unwrap(
    api.GET('/api/regions/{regionId}/themes', {
      params: { path: { regionId }, query: { limit: 200 } },
    }),
  );

export const themesQueryOptions = (regionId: string) =>
  queryOptions({ queryKey: ['themes', { regionId }], queryFn: () => getThemes(regionId) });

export const useThemes = (regionId: string) => useQuery(themesQueryOptions(regionId));
