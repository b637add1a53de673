import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { paths } from '../config/paths';
import {
  assignmentFiltersFrom,
  assignmentsQueryOptions,
} from '../features/assignments/api/get-assignments';
import { peopleQueryOptions } from '../features/people/api/get-people';
import { themesQueryOptions } from '../features/themes/api/get-themes';
import { municipalitiesQueryOptions } from '../lib/api/get-municipalities';
import { programmeQueryOptions } from '../lib/api/get-programme';

type Prefetch = (queryClient: QueryClient, args: LoaderFunctionArgs) => void;

/**
 * What a screen will ask the API for, asked as soon as its route matches: the requests go out
 * while the screen's code still loads instead of one after the other once it has rendered (on a
 * phone each round trip costs ~150 ms; the programme page waited for four of them in a row).
 * Nothing is awaited, so the screen renders as soon as its code is there; its queries find the
 * answers in the cache, or the requests already under way.
 */
const PREFETCH: Record<string, Prefetch> = {
  [paths.programme.path]: (queryClient, { params, request }) => {
    const programmeId = params.programmeId ?? '';
    const filters = assignmentFiltersFrom(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(assignmentsQueryOptions(programmeId, filters));
    void queryClient.fetchQuery(programmeQueryOptions(programmeId)).then(({ regionId }) => {
      void queryClient.prefetchQuery(themesQueryOptions(regionId));
      void queryClient.prefetchQuery(peopleQueryOptions(regionId));
      void queryClient.prefetchQuery(municipalitiesQueryOptions(regionId));
    }, ignore);
  },
  [paths.publicProgramme.path]: (queryClient, { params }) => {
    void queryClient.prefetchQuery(programmeQueryOptions(params.programmeId ?? ''));
  },
};

// A failed prefetch is the screen's own query to show (it asks again and shows its error state).
function ignore() {}

/** The routes, each screen with a loader that starts its data while its code loads. */
export function withPrefetch(routes: RouteObject[], queryClient: QueryClient): RouteObject[] {
  return routes.map((route) => {
    const prefetch = route.path ? PREFETCH[route.path] : undefined;
    const children = route.children && withPrefetch(route.children, queryClient);
    if (!prefetch) return children ? { ...route, children } : route;
    return {
      ...route,
      loader: (args: LoaderFunctionArgs) => {
        prefetch(queryClient, args);
        return null;
      },
    };
  });
}
