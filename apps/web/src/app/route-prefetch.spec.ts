import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { programme, regionRoutes } from '../features/assignments/test-fixtures';
import { createQueryClient } from '../lib/query-client';
import { mockApi, page } from '../test/mock-api';
import { routes } from './router';
import { withPrefetch } from './route-prefetch';

function loaderOf(all: RouteObject[], path: string): RouteObject['loader'] {
  for (const route of all) {
    if (route.path === path) return route.loader;
    const found = route.children && loaderOf(route.children, path);
    if (found) return found;
  }
  return undefined;
}

const args = (url: string, params: Record<string, string>) =>
  ({
    request: new Request(`http://localhost${url}`),
    params,
    context: undefined,
  }) as unknown as LoaderFunctionArgs;

describe('asking for a screen’s data while its code loads', () => {
  it('asks for the programme and its (filtered) assignments at once, and the region’s lists as soon as the programme is known', async () => {
    const calls = mockApi({ ...regionRoutes, '/programmes/p1/assignments': page([]) });
    const queryClient = createQueryClient();
    const loader = loaderOf(withPrefetch(routes, queryClient), '/programma/:programmeId');
    expect(loader).toBeInstanceOf(Function);

    // The loader answers at once: the screen does not wait for the data, only for its code.
    const result = await (loader as (a: LoaderFunctionArgs) => unknown)(
      args('/programma/p1?status=draft&zoek=fiets', { programmeId: 'p1' }),
    );
    expect(result).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.map((c) => c.path).slice(0, 2)).toEqual([
      '/programmes/p1/assignments?status=draft&q=fiets&limit=200&offset=0',
      '/programmes/p1',
    ]);

    await queryClient.getQueryCache().find({ queryKey: ['programmes', 'p1'] })?.promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.map((c) => c.path.split('?')[0])).toEqual(
      expect.arrayContaining([
        `/regions/${programme.regionId}/themes`,
        `/regions/${programme.regionId}/people`,
        `/regions/${programme.regionId}/municipalities`,
      ]),
    );
    // What the screen then asks for, under the same keys, is already in the cache.
    expect(queryClient.getQueryData(['programmes', 'p1'])).toEqual(programme);
    expect(
      queryClient.getQueryData([
        'assignments',
        {
          programmeId: 'p1',
          themeId: '',
          status: 'draft',
          portfolioHolderId: '',
          municipalityId: '',
          q: 'fiets',
        },
      ]),
    ).toMatchObject({ items: [] });
  });

  it('leaves other screens without a loader', () => {
    const prefetched = withPrefetch(routes, createQueryClient());
    expect(loaderOf(prefetched, '/aanmelden')).toBeUndefined();
  });
});
