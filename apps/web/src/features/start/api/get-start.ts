import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** What waits for the signed-in person: their programmes, councils, assignments and accounts. */
export const getStart = () => unwrap(api.GET('/api/me/start'));

export const startQueryOptions = () => queryOptions({ queryKey: ['start'], queryFn: getStart });

export const useStart = () => useQuery(startQueryOptions());
