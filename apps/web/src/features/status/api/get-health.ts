import type { HealthResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api-client';
import { api, unwrap } from '../../../lib/api/client';

export async function getHealth(): Promise<HealthResponse> {
  try {
    return await unwrap(api.GET('/api/health'));
  } catch (error) {
    // 503 is an answer, not a failure: Koers is up, its database is not.
    if (error instanceof ApiError && error.status === 503) {
      return { status: 'unavailable', database: 'down' };
    }
    throw error;
  }
}

export const healthQueryOptions = () =>
  queryOptions({ queryKey: ['health'], queryFn: getHealth, refetchInterval: 60_000 });

export const useHealth = () => useQuery(healthQueryOptions());
