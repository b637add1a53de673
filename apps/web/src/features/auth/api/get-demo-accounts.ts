import type { DemoAccountsResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { api, unwrap } from '../../../lib/api/client';

/** The demo accounts, or null when Koers does not run in demo mode (the API answers 404). */
export async function getDemoAccounts(): Promise<DemoAccountsResponse | null> {
  try {
    return await unwrap(api.GET('/api/auth/demo-accounts'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const demoAccountsQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'demo-accounts'],
    queryFn: getDemoAccounts,
    staleTime: Infinity,
  });

export const useDemoAccounts = () => useQuery(demoAccountsQueryOptions());
