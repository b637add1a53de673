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
  it('asks for the programme, its (filtered) assignments and the region’s lists, and lets the screen draw once they are in', async () => {
    const calls = mockApi({ ...regionRoutes, '/programmes/p1/assignments': page([]) });
    const queryClient = createQueryClient();
    const loader = loaderOf(withPrefetch(routes, queryClient), '/programma/:programmeId') as (
      a: LoaderFunctionArgs,
    ) => Promise<unknown>;
    expect(loader).toBeInstanceOf(Function);

    const loading = loader(args('/programma/p1?status=draft&zoek=fiets', { programmeId: 'p1' }));
    // The programme, its assignments and who is reading are asked for at once, side by side.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.map((c) => c.path).slice(0, 3)).toEqual(
      expect.arrayContaining([
        '/programmes/p1/assignments?status=draft&q=fiets&limit=200&offset=0',
        '/programmes/p1',
        '/auth/me',
      ]),
    );
    await expect(loading).resolves.toBeNull();

    // When the loader is done, everything the screen asks for is in the cache under its own key:
    // the screen is drawn once, with its data.
    expect(calls.map((c) => c.path.split('?')[0])).toEqual(
      expect.arrayContaining([
        `/regions/${programme.regionId}/themes`,
        `/regions/${programme.regionId}/people`,
        `/regions/${programme.regionId}/municipalities`,
      ]),
    );
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
    expect(queryClient.getQueryData(['themes', { regionId: programme.regionId }])).toBeDefined();

    // Coming back to the screen does not wait for the API again: what is cached is shown.
    const asked = calls.length;
    await expect(
      loader(args('/programma/p1?status=draft&zoek=fiets', { programmeId: 'p1' })),
    ).resolves.toBeNull();
    expect(calls).toHaveLength(asked);
  });

  it('asks for the lists of the region the reader works for without waiting for the programme', async () => {
    // The programme does not answer (here: not found), so its region is never known from it.
    const calls = mockApi({
      ...regionRoutes,
      '/programmes/p1': { status: 404, body: { status: 404, detail: 'Niet gevonden' } },
      '/programmes/p1/assignments': page([]),
    });
    const queryClient = createQueryClient();
    const loader = loaderOf(withPrefetch(routes, queryClient), '/programma/:programmeId') as (
      a: LoaderFunctionArgs,
    ) => Promise<unknown>;
    await expect(loader(args('/programma/p1', { programmeId: 'p1' }))).resolves.toBeNull();
    expect(calls.map((c) => c.path.split('?')[0])).toEqual(
      expect.arrayContaining([
        `/regions/${programme.regionId}/themes`,
        `/regions/${programme.regionId}/people`,
        `/regions/${programme.regionId}/municipalities`,
      ]),
    );
  });

  it('never fails: a programme that cannot be read is the screen’s own error to show', async () => {
    mockApi({});
    const queryClient = createQueryClient();
    const loader = loaderOf(withPrefetch(routes, queryClient), '/programma/:programmeId') as (
      a: LoaderFunctionArgs,
    ) => Promise<unknown>;
    await expect(loader(args('/programma/gone', { programmeId: 'gone' }))).resolves.toBeNull();
  });

  it('gives a visitor’s home the public programmes, and a signed-in home the start page, before it is drawn', async () => {
    const loaderFor = (queryClient: ReturnType<typeof createQueryClient>) =>
      loaderOf(withPrefetch(routes, queryClient), '/') as (
        a: LoaderFunctionArgs,
      ) => Promise<unknown>;

    const visitorCalls = mockApi({
      '/auth/me': { status: 401, body: { title: 'Niet aangemeld' } },
      '/open/v1/programmes': page([]),
    });
    const visitor = createQueryClient();
    await expect(loaderFor(visitor)(args('/', {}))).resolves.toBeNull();
    expect(visitor.getQueryData(['open-programmes'])).toBeDefined();
    expect(visitorCalls.map((c) => c.path)).not.toContain('/me/start');

    mockApi({
      '/auth/me': { roles: [], csrfToken: 't' },
      '/me/start': {
        today: '2026-05-20',
        regions: [],
        programmes: [],
        councils: [],
        assignments: [],
        accounts: [],
      },
      '/auth/invitations': [],
      '/regions': page([]),
    });
    const signedIn = createQueryClient();
    await expect(loaderFor(signedIn)(args('/', {}))).resolves.toBeNull();
    expect(signedIn.getQueryData(['start'])).toMatchObject({ programmes: [] });
    expect(signedIn.getQueryData(['open-programmes'])).toBeUndefined();
  });

  it('leaves other screens without a loader', () => {
    const prefetched = withPrefetch(routes, createQueryClient());
    expect(loaderOf(prefetched, '/mijn-opdrachten')).toBeUndefined();
  });
});
