import type { MeResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../../lib/api-client';
import { setCsrfToken } from '../../../lib/csrf';

/** The signed-in user with their roles per region, or null for a visitor. */
export async function getMe(): Promise<MeResponse | null> {
  try {
    const me = await apiFetch<MeResponse>('/auth/me');
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
