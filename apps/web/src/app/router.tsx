import { createBrowserRouter, RouteObject } from 'react-router';
import { AppLayout } from '../components/layout/app-layout';
import { LoadingMessage } from '../components/layout/loading-message';
import { paths } from '../config/paths';

/** Every screen, reachable by URL; screens load lazily so the first page stays small. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Shown while the first lazy screen loads.
    HydrateFallback: LoadingMessage,
    children: [
      {
        path: paths.home.path,
        lazy: async () => ({ Component: (await import('./routes/home')).default }),
      },
      {
        path: paths.signIn.path,
        lazy: async () => ({ Component: (await import('./routes/sign-in')).default }),
      },
      {
        path: paths.region.path,
        lazy: async () => ({ Component: (await import('./routes/region')).default }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./routes/not-found')).default }),
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
