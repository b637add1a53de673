import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';

/**
 * The register of all points of the councils' formal views in a round (default the current),
 * with the board's answers.
 */
export const getViews = (programmeId: string, unanswered?: boolean, round?: number) =>
  allPages((offset) =>
    unwrap(
      api.GET('/api/programmes/{programmeId}/views', {
        params: {
          path: { programmeId },
          query: {
            limit: PAGE_SIZE,
            offset,
            ...(unanswered ? { unanswered: true } : {}),
            ...(round ? { round } : {}),
          },
        },
      }),
    ),
  );

export const viewsQueryOptions = (programmeId: string, unanswered?: boolean, round?: number) =>
  queryOptions({
    queryKey: ['views', { programmeId, unanswered: !!unanswered, round: round ?? null }],
    queryFn: () => getViews(programmeId, unanswered, round),
    enabled: programmeId !== '',
  });

export const useViews = (programmeId: string, unanswered?: boolean, round?: number) =>
  useQuery(viewsQueryOptions(programmeId, unanswered, round));
