import { render } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';

/**
 * Renders the whole app at `url`, as a browser opening it would; the router tells where it went.
 * A test that looks into the cache passes its own query client.
 */
export function renderRoute(url: string, client?: QueryClient) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}
