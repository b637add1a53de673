import type { MeResponse } from '@koers/contracts';
import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { api, unwrap } from '../../../lib/api/client';
import { setCsrfToken } from '../../../lib/csrf';

/** The signed-in user with their roles per region, or null for a visitor. */
export async function getMe(): Promise<MeResponse | null> {
  try {
    const me = await unwrap(api.GET('/api/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['auth', 'me'], queryFn: getMe, staleTime: 60_000 });

export const useMe = () => useQuery(meQueryOptions());

/**
 * After signing in or out: forgets everything cached as the previous user but keeps the me query
 * itself, so the screens that watch it (the header's navigation) hear about the new user.
 */
export function replaceMe(queryClient: QueryClient, me: MeResponse | null): void {
  const { queryKey } = meQueryOptions();
  queryClient.setQueryData(queryKey, me);
  queryClient.removeQueries({
    predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(queryKey),
  });
}
