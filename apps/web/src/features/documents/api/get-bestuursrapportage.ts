import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** A period's bestuursrapportage: the roll-up, KPI trends and each council's part. */
export const getBestuursrapportage = (programmeId: string, periodId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/reporting-periods/{periodId}/bestuursrapportage', {
      params: { path: { programmeId, periodId } },
    }),
  );

/** Where the browser downloads the same report as a tagged PDF. */
export const bestuursrapportagePdfUrl = (programmeId: string, periodId: string) =>
  `/api/programmes/${programmeId}/reporting-periods/${periodId}/bestuursrapportage/pdf`;

export const bestuursrapportageQueryOptions = (programmeId: string, periodId: string) =>
  queryOptions({
    queryKey: ['bestuursrapportages', { programmeId, periodId }],
    queryFn: () => getBestuursrapportage(programmeId, periodId),
    retry: false,
  });

export const useBestuursrapportage = (programmeId: string, periodId: string) =>
  useQuery(bestuursrapportageQueryOptions(programmeId, periodId));
