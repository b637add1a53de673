import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { bestuursrapportageQueryOptions } from './get-bestuursrapportage';
import { bestuursrapportagesQueryOptions } from './list-bestuursrapportages';

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
    onSuccess: (final) => {
      // The answer is the mark: the list shows it as is. The report itself is fetched again, as
      // it was frozen on the server (a report accepted meanwhile may be in it).
      queryClient.setQueryData(bestuursrapportagesQueryOptions(programmeId).queryKey, (list) =>
        list?.map((item) => (item.periodId === periodId ? { ...item, final } : item)),
      );
      const key = bestuursrapportageQueryOptions(programmeId, periodId).queryKey;
      queryClient.setQueryData(key, (report) => report && { ...report, final });
      return queryClient.invalidateQueries({ queryKey: key, exact: true });
    },
  });
}
