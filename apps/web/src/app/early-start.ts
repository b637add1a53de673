/**
 * The first page's early start (src/boot.ts, the first script index.html runs; it imports nothing,
 * so it is in and running long before the app's ~140 kB of scripts). It preloads the code of the
 * screen the address opens, every feature's strings (lib/i18n.ts) and, for the screens a first
 * visit lands on most, their API answers, so these come in beside the app's scripts instead of one
 * round trip after they have run (on a phone's connection ~150 ms each). The router later asks for
 * the same files and addresses and gets what is already there or on its way. Which files a screen
 * needs is written into index.html by the build (apps/web/vite.config.ts, `earlyStartTable`).
 */
export interface EarlyStartTable {
  /** The chunk of every feature's strings. */
  strings: string;
  /** Every screen (app/screens.ts): its URL pattern, route module and the files of its chunk. */
  screens: { path: string; module: string; files: string[] }[];
}
type Screen = EarlyStartTable['screens'][number];
type Params = Record<string, string>;

/**
 * The screen a path opens and its parameters, ranked as React Router ranks them: the pattern with
 * the most fixed segments wins (`/programma/nieuw` before `/programma/:programmeId`), and fixed
 * segments match regardless of case. The catch-all `*` is never matched here.
 */
export function matchScreen(
  pathname: string,
  screens: readonly Screen[],
): { screen: Screen; params: Params } | undefined {
  const parts = pathname.split('/').filter(Boolean);
  let best: { screen: Screen; params: Params } | undefined;
  let bestScore = -1;
  for (const screen of screens) {
    const pattern = screen.path.split('/').filter(Boolean);
    if (screen.path === '*' || pattern.length !== parts.length) continue;
    const params: Params = {};
    let score = 0;
    const fits = pattern.every((segment, i) => {
      if (!segment.startsWith(':')) {
        score += 10;
        return segment.toLowerCase() === parts[i].toLowerCase();
      }
      score += 3;
      // As it stands in the address (encoded): the API's address is made of it as it is.
      params[segment.slice(1)] = parts[i];
      return true;
    });
    if (fits && score > bestScore) {
      best = { screen, params };
      bestScore = score;
    }
  }
  return best;
}

/**
 * The API answers a screen needs that follow from its address alone, by route module, exactly as
 * its route's prefetch asks for them (app/route-prefetch.ts; early-start.spec holds the two
 * together), so the preloaded answer is the one the app's request takes over. Lists ask for pages
 * of 200 (`PAGE_SIZE`, lib/api/all-pages.ts).
 */
const DATA: Record<string, (params: Params, search: URLSearchParams) => string[]> = {
  programme: ({ programmeId }, search) => [
    `/api/programmes/${programmeId}`,
    // Filtered (parameters in the address), the list is asked for with them: left to the route.
    ...(search.size === 0 ? [`/api/programmes/${programmeId}/assignments?limit=200&offset=0`] : []),
  ],
  'public-programme': ({ programmeId }) => [
    `/api/programmes/${programmeId}`,
    `/api/open/v1/programmes/${programmeId}/assignments?limit=200&offset=0`,
    `/api/programmes/${programmeId}/contributions`,
    `/api/programmes/${programmeId}/council-decisions`,
  ],
};

/** What {@link earlyStart} preloads for an address: modules (the screen's and the strings) and API answers. */
export function earlyRequests(
  location: { pathname: string; search: string },
  table: EarlyStartTable,
): { modules: string[]; data: string[] } {
  const match = matchScreen(location.pathname, table.screens);
  if (!match) return { modules: [], data: [] };
  const data = DATA[match.screen.module]?.(match.params, new URLSearchParams(location.search));
  return { modules: [...match.screen.files, table.strings], data: data ?? [] };
}

/** Preloads what the address needs; without the build's table (the dev server) it does nothing. */
export function earlyStart(location: { pathname: string; search: string }, document: Document) {
  const json = document.getElementById('koers-screens')?.textContent;
  if (!json) return;
  const { modules, data } = earlyRequests(location, JSON.parse(json) as EarlyStartTable);
  const preload = (attributes: Record<string, string>) => {
    const link = document.createElement('link');
    for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
    document.head.append(link);
  };
  for (const href of modules) preload({ rel: 'modulepreload', crossorigin: '', href });
  // As index.html preloads who is signed in: CORS mode, same-origin credentials, as the app's
  // fetch asks, so the browser hands the answer to that fetch instead of asking twice.
  for (const href of data) preload({ rel: 'preload', as: 'fetch', crossorigin: '', href });
}
