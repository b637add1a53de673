import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { bestuursrapportageQueryOptions } from './get-bestuursrapportage';

export const markBestuursrapportageFinal = (programmeId: string, periodId: string) =>
  unwrap(
    api.POST(
      '/api/programmes/{programmeId}/reporting-periods/{periodId}/bestuursrapportage/final',
      { params: { path: { programmeId, periodId } } },
    ),
  );

/** The bureau marks the period's report final: from then on it is public as it stands. */
export function useMarkBestuursrapportageFinal(programmeId: string, periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markBestuursrapportageFinal(programmeId, periodId),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: bestuursrapportageQueryOptions(programmeId, periodId).queryKey,
      }),
  });
}
