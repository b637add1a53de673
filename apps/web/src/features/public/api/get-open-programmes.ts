import { queryOptions, useQuery } from '@tanstack/react-query';
import { allPages, PAGE_SIZE } from '../../../lib/api/all-pages';
import { api, unwrap } from '../../../lib/api/client';
import { jsonPage } from './json-page';

/** Every public programme (adopted, in execution, closed) of every region, from the open data. */
export const getOpenProgrammes = () =>
  allPages((offset) =>
    jsonPage(
      unwrap(
        api.GET('/api/open/v1/programmes', {
          params: { query: { limit: PAGE_SIZE, offset } },
        }),
      ),
    ),
  );

export const openProgrammesQueryOptions = () =>
  queryOptions({ queryKey: ['open-programmes'], queryFn: getOpenProgrammes });

export const useOpenProgrammes = () => useQuery(openProgrammesQueryOptions());
