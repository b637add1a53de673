import type { RouteObject } from 'react-router';
import { paths } from '../config/paths';

type Fresh = {
  i18n: typeof import('../lib/i18n').i18n;
  routes: RouteObject[];
  screenLoaders: WeakSet<object>;
};

/** The router and the strings as a new tab has them: nothing fetched yet (jest.setup fetched its own). */
async function freshApp(): Promise<Fresh> {
  let fresh: Fresh | undefined;
  await jest.isolateModulesAsync(async () => {
    const router = await import('./router');
    fresh = {
      i18n: (await import('../lib/i18n')).i18n,
      routes: router.routes,
      screenLoaders: router.screenLoaders,
    };
  });
  return fresh!;
}

function screens(routes: RouteObject[]): RouteObject[] {
  return routes.flatMap((route) => [
    ...(route.lazy ? [route] : []),
    ...screens(route.children ?? []),
  ]);
}

// A feature's string (the public programme page's loading state) and the app's own (its name).
const FEATURE_KEY = 'publicProgramme.loading';

describe("the features' strings", () => {
  it('are not in the first page; the app frame has its own at once', async () => {
    const { i18n } = await freshApp();
    expect(i18n.t('app.name')).toBe('Koers');
    expect(i18n.exists(FEATURE_KEY)).toBe(false);
  });

  it('are fetched by every screen’s route, beside its code', async () => {
    const { routes, screenLoaders } = await freshApp();
    const all = screens(routes);
    expect(all.length).toBeGreaterThan(40);
    const without = all.filter((route) => !screenLoaders.has(route.lazy as object));
    expect(without.map((route) => route.path)).toEqual([]);
  });

  it('are in before the screen opened first is drawn', async () => {
    const { i18n, routes } = await freshApp();
    const route = screens(routes).find((r) => r.path === paths.publicProgramme.path)!;
    const lazy = route.lazy as () => Promise<Pick<RouteObject, 'Component'>>;
    expect(i18n.exists(FEATURE_KEY)).toBe(false);
    expect((await lazy()).Component).toBeInstanceOf(Function);
    expect(i18n.t(FEATURE_KEY)).toBe('Programma wordt geladen…');
  });
});
