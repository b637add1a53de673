import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** The next states of a programme, whether each is possible now, and if not, why. */
export const getTransitions = (programmeId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/transitions', { params: { path: { programmeId } } }),
  );

export const transitionsQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['programmes', programmeId, 'transitions'],
    queryFn: () => getTransitions(programmeId),
  });

export const useTransitions = (programmeId: string) =>
  useQuery(transitionsQueryOptions(programmeId));
