import { matchRoutes, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { paths } from '../config/paths';
import { createQueryClient } from '../lib/query-client';
import { mockApi } from '../test/mock-api';
import { earlyRequests, earlyStart, matchScreen, type EarlyStartTable } from './early-start';
import { withPrefetch } from './route-prefetch';
import { routes } from './router';
import { screens } from './screens';

/** The table the build writes into index.html (apps/web/vite.config.ts), for the real screens. */
const table: EarlyStartTable = {
  strings: '/assets/features-1.js',
  screens: screens.map((screen, i) => ({
    path: screen.path,
    // As the build reads it: the route module each screen imports.
    module: /\.\/routes\/([\w-]+)/.exec(String(screen.load))?.[1] ?? '',
    files: [`/assets/screen-${i}.js`],
  })),
};

/** An address of a pattern, each parameter filled in. */
const addressOf = (pattern: string) => pattern.replace(/:\w+/g, 'a1b2');

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

function loaderOf(all: RouteObject[], path: string): Loader | undefined {
  for (const route of all) {
    if (route.path === path) return route.loader as Loader;
    const found = route.children && loaderOf(route.children, path);
    if (found) return found;
  }
  return undefined;
}

/** The API paths (without /api) a screen's route prefetch asks for at an address. */
async function prefetched(pattern: string, pathname: string, search = '') {
  const calls = mockApi({});
  const loader = loaderOf(withPrefetch(routes, createQueryClient()), pattern);
  const match = matchRoutes(routes, pathname)?.at(-1);
  await loader?.({
    request: new Request(`http://localhost${pathname}${search}`),
    params: match?.params ?? {},
    context: undefined,
  } as unknown as LoaderFunctionArgs);
  return calls.map((call) => `/api${call.path}`);
}

describe('the early start of the first page', () => {
  it('opens the screen the router opens, for every screen’s address', () => {
    expect(table.screens.every((screen) => screen.module !== '')).toBe(true);
    for (const screen of screens.filter((s) => s.path !== '*')) {
      const address = addressOf(screen.path);
      const byRouter = matchRoutes(routes, address)?.at(-1)?.route.path;
      expect({ address, screen: matchScreen(address, table.screens)?.screen.path }).toEqual({
        address,
        screen: byRouter,
      });
    }
    // Fixed words before parameters, whatever their order in the table; case does not matter.
    const ranked = [
      { path: '/x/:id', module: 'one', files: [] },
      { path: '/x/nieuw', module: 'new', files: [] },
    ];
    expect(matchScreen('/x/nieuw', ranked)?.screen.module).toBe('new');
    expect(matchScreen('/x/7', ranked)?.screen.module).toBe('one');
    expect(matchScreen('/Programma/A1/', table.screens)).toMatchObject({
      screen: { path: paths.programme.path },
      params: { programmeId: 'A1' },
    });
    // An address no screen answers is the router's "not found": nothing to start early.
    expect(matchScreen('/bestaat/niet/echt', table.screens)).toBeUndefined();
    expect(earlyRequests({ pathname: '/bestaat/niet/echt', search: '' }, table)).toEqual({
      modules: [],
      data: [],
    });
  });

  it('preloads the screen’s code and the features’ strings', () => {
    const index = screens.findIndex((screen) => screen.path === paths.myAssignments.path);
    expect(earlyRequests({ pathname: '/mijn-opdrachten', search: '' }, table)).toEqual({
      modules: [`/assets/screen-${index}.js`, '/assets/features-1.js'],
      data: [],
    });
  });

  it.each([
    ['the programme', paths.programme.path, '/programma/p1'],
    ['the public programme', paths.publicProgramme.path, '/openbaar/programma/p1'],
  ])(
    'preloads only API answers that %s’s route asks for, by the same address',
    async (_, pattern, pathname) => {
      const { data } = earlyRequests({ pathname, search: '' }, table);
      expect(data.length).toBeGreaterThanOrEqual(2);
      const asked = await prefetched(pattern, pathname);
      for (const url of data) expect(asked).toContain(url);
    },
  );

  it('leaves a filtered list of assignments to the route, which asks with the filter', async () => {
    const { data } = earlyRequests({ pathname: '/programma/p1', search: '?status=draft' }, table);
    expect(data).toEqual(['/api/programmes/p1']);
    const asked = await prefetched(paths.programme.path, '/programma/p1', '?status=draft');
    expect(asked).toContain('/api/programmes/p1/assignments?status=draft&limit=200&offset=0');
  });

  it('puts the preloads in the head, as the app’s requests will ask for them', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = `<script type="application/json" id="koers-screens">${JSON.stringify(table)}</script>`;
    earlyStart({ pathname: '/openbaar/programma/p1', search: '' }, document);
    const links = [...document.head.querySelectorAll('link')].map((link) => ({
      rel: link.rel,
      as: link.getAttribute('as'),
      crossorigin: link.getAttribute('crossorigin'),
      href: link.getAttribute('href'),
    }));
    const index = screens.findIndex((screen) => screen.path === paths.publicProgramme.path);
    expect(links).toEqual([
      { rel: 'modulepreload', as: null, crossorigin: '', href: `/assets/screen-${index}.js` },
      { rel: 'modulepreload', as: null, crossorigin: '', href: '/assets/features-1.js' },
      ...[
        '/api/programmes/p1',
        '/api/open/v1/programmes/p1/assignments?limit=200&offset=0',
        '/api/programmes/p1/contributions',
        '/api/programmes/p1/council-decisions',
      ].map((href) => ({ rel: 'preload', as: 'fetch', crossorigin: '', href })),
    ]);

    // Without the build's table (the dev server) there is nothing to start early.
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    earlyStart({ pathname: '/openbaar/programma/p1', search: '' }, document);
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});
