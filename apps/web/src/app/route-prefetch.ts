import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { paths } from '../config/paths';
import {
  assignmentFiltersFrom,
  assignmentsQueryOptions,
} from '../features/assignments/api/get-assignments';
import { demoAccountsQueryOptions } from '../features/auth/api/get-demo-accounts';
import { invitationsQueryOptions } from '../features/auth/api/get-invitations';
import { meQueryOptions } from '../features/auth/api/get-me';
import { peopleQueryOptions } from '../features/people/api/get-people';
import { openAssignmentsQueryOptions } from '../features/public/api/get-assignments';
import { openProgrammesQueryOptions } from '../features/public/api/get-open-programmes';
import { regionsQueryOptions } from '../features/regions/api/get-regions';
import { startQueryOptions } from '../features/start/api/get-start';
import { themesQueryOptions } from '../features/themes/api/get-themes';
import { contributionsQueryOptions } from '../lib/api/get-contributions';
import { councilDecisionsQueryOptions } from '../lib/api/get-council-decisions';
import { municipalitiesQueryOptions } from '../lib/api/get-municipalities';
import { programmeQueryOptions } from '../lib/api/get-programme';

type Prefetch = (queryClient: QueryClient, args: LoaderFunctionArgs) => Promise<unknown>;

/**
 * What a screen will ask the API for, asked as soon as its route matches: the requests go out
 * while the screen's code still loads instead of one after the other once it has rendered (on a
 * phone each round trip costs ~150 ms; the programme page waited for four of them in a row).
 *
 * The route waits for these answers (the layout says the page is loading), so the screen is drawn
 * once, with its data, in one render the router runs as a transition: React then yields to the
 * browser every few milliseconds instead of blocking it. Drawn as each answer came in, the
 * programme page rendered eight times, two of them long tasks of 160-230 ms on a phone's CPU
 * (Lighthouse, mobile profile). Data already in the cache is not asked for again before the
 * screen shows; stale data is refreshed behind it by the screen's own queries.
 */
const PREFETCH: Record<string, Prefetch> = {
  // A visitor's home lists the public programmes; a signed-in person's is their start page.
  [paths.home.path]: async (queryClient) => {
    const me = await queryClient.ensureQueryData(meQueryOptions());
    await Promise.allSettled(
      me === null
        ? [
            import('./routes/visitor-home'),
            queryClient.ensureQueryData(openProgrammesQueryOptions()),
          ]
        : [
            import('./routes/signed-in-home'),
            queryClient.ensureQueryData(startQueryOptions()),
            queryClient.ensureQueryData(invitationsQueryOptions()),
            queryClient.ensureQueryData(regionsQueryOptions()),
          ],
    );
  },
  [paths.programme.path]: async (queryClient, { params, request }) => {
    const programmeId = params.programmeId ?? '';
    const filters = assignmentFiltersFrom(new URL(request.url).searchParams);
    const regionLists = (regionId: string) =>
      Promise.allSettled([
        queryClient.ensureQueryData(themesQueryOptions(regionId)),
        queryClient.ensureQueryData(peopleQueryOptions(regionId)),
        queryClient.ensureQueryData(municipalitiesQueryOptions(regionId)),
      ]);
    // The region's lists need the programme's region, one round trip later. A programme is
    // nearly always in the one region the reader works for (known at once: index.html preloads
    // who is signed in), so that region's lists are asked for beside the programme; should the
    // programme be in another region, its own lists follow as before.
    await Promise.allSettled([
      queryClient.ensureQueryData(assignmentsQueryOptions(programmeId, filters)),
      queryClient.ensureQueryData(meQueryOptions()).then((me) => {
        const ownRegions = [...new Set(me?.roles.map((role) => role.regionId) ?? [])];
        return ownRegions.length === 1 ? regionLists(ownRegions[0]) : undefined;
      }),
      queryClient
        .ensureQueryData(programmeQueryOptions(programmeId))
        .then(({ regionId }) => regionLists(regionId)),
    ]);
  },
  // In demo mode the sign-in page lists the demo accounts to sign in with.
  [paths.signIn.path]: (queryClient) => queryClient.ensureQueryData(demoAccountsQueryOptions()),
  // Everything the public page shows; a programme that is not public answers 404 to each.
  [paths.publicProgramme.path]: (queryClient, { params }) => {
    const programmeId = params.programmeId ?? '';
    return Promise.allSettled([
      queryClient.ensureQueryData(programmeQueryOptions(programmeId)),
      queryClient.ensureQueryData(openAssignmentsQueryOptions(programmeId)),
      queryClient.ensureQueryData(contributionsQueryOptions(programmeId)),
      queryClient.ensureQueryData(councilDecisionsQueryOptions(programmeId)),
    ]);
  },
};

/** The routes, each screen with a loader that starts its data while its code loads. */
export function withPrefetch(routes: RouteObject[], queryClient: QueryClient): RouteObject[] {
  return routes.map((route) => {
    const prefetch = route.path ? PREFETCH[route.path] : undefined;
    const children = route.children && withPrefetch(route.children, queryClient);
    if (!prefetch) return children ? { ...route, children } : route;
    return {
      ...route,
      // A failed request is the screen's own query to show (it asks again and shows its error
      // state), so the loader never fails.
      loader: async (args: LoaderFunctionArgs) => {
        await prefetch(queryClient, args).catch(() => undefined);
        return null;
      },
    };
  });
}
