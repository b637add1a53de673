import './styles/utrecht.css';
import './styles/theme.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { meQueryOptions } from './features/auth/api/get-me';
import { createQueryClient } from './lib/query-client';

// Who is signed in is asked at once, while the first screen's code still loads, so the header is
// drawn once with the user in it instead of growing (and pushing the page down) a moment later.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(meQueryOptions());
const router = createRouter(queryClient);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
