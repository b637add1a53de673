import './styles/utrecht.css';
import './styles/theme.css';
import './styles/app.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { createRouter } from './app/router';
import { meQueryOptions } from './features/auth/api/get-me';
import { i18nReady } from './lib/i18n';
import { createQueryClient } from './lib/query-client';

// Who is signed in is asked at once, while the first screen's code still loads, so the header is
// drawn once with the user in it instead of growing (and pushing the page down) a moment later.
const queryClient = createQueryClient();
void queryClient.prefetchQuery(meQueryOptions());

/**
 * The rest of the start, each step in a task of its own: evaluating the app's modules, creating
 * the router (which opens the tab's session storage and starts the first screen's loaders) and
 * the first render were one task of 140-250 ms on this machine's unthrottled Chromium; a phone
 * cannot answer a tap for four times that (Lighthouse's total blocking time).
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

// The first render waits for the reader's language: no wait in Dutch (bundled), one small fetch
// when English was chosen before, so the page never shows Dutch or bare keys first. Should that
// fetch fail, the page still renders, in Dutch.
//
// The first render is a transition: the page's loader has usually brought its data by then, so it
// draws the whole page, which React then does in slices of a few milliseconds instead of one task
// that keeps a phone's browser from answering for a few hundred (Lighthouse's total blocking time).
async function start() {
  await nextTask();
  const router = createRouter(queryClient);
  await i18nReady.catch(() => undefined);
  await nextTask();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders client={queryClient}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    ),
  );
}
void start();
