import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, RouteObject } from 'react-router';
import { AppLayout } from '../components/layout/app-layout';
import { LoadingMessage } from '../components/layout/loading-message';
import { loadFeatureStrings } from '../lib/i18n';
import { withPrefetch } from './route-prefetch';
import { screens, type Screen } from './screens';

/**
 * A screen's route: its code and every feature's Dutch strings (lib/i18n.ts), fetched side by
 * side, so the screen is drawn once both are in.
 */
function screen(load: Screen['load']): RouteObject['lazy'] {
  const lazy = async () => {
    const [module] = await Promise.all([load(), loadFeatureStrings()]);
    return { Component: module.default };
  };
  screenLoaders.add(lazy);
  return lazy;
}

/** Every route's loader made by {@link screen} (router-strings.spec checks that no route lacks one). */
export const screenLoaders = new WeakSet<object>();

/** Every screen, reachable by URL (screens.ts); screens load lazily so the first page stays small. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Shown while the first lazy screen loads.
    HydrateFallback: LoadingMessage,
    children: screens.map(({ path, load }) => ({ path, lazy: screen(load) })),
  },
];

/** The app's router; with the query client, screens' data is asked for while their code loads. */
export const createRouter = (queryClient?: QueryClient) =>
  createBrowserRouter(queryClient ? withPrefetch(routes, queryClient) : routes);
