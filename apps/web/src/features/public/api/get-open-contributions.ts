import { queryOptions, useQueries } from '@tanstack/react-query';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import { api, unwrap } from '../../../lib/api/client';
import { jsonPage } from './json-page';

/** What each member municipality pays per assignment of a public programme (open data). */
export const getOpenContributions = (programmeId: string) =>
  allPages((offset) =>
    jsonPage(
      unwrap(
        api.GET('/api/open/v1/programmes/{programmeId}/contributions', {
          params: { path: { programmeId }, query: { limit: PAGE_SIZE, offset } },
        }),
      ),
    ),
  );

export const openContributionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['open-programmes', programmeId, 'contributions'],
    queryFn: () => getOpenContributions(programmeId),
  });

/** The contributions of several public programmes at once, in the order asked. */
export const useOpenContributions = (programmeIds: readonly string[]) =>
  useQueries({ queries: programmeIds.map((id) => openContributionsQueryOptions(id)) });
