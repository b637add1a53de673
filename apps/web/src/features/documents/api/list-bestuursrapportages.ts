import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

/** The programme's periods whose bestuursrapportage the caller may read (the public: final ones). */
export const listBestuursrapportages = (programmeId: string) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/bestuursrapportages', {
      params: { path: { programmeId } },
    }),
  );

export const bestuursrapportagesQueryOptions = (programmeId: string) =>
  queryOptions({
    queryKey: ['bestuursrapportages', { programmeId }],
    queryFn: () => listBestuursrapportages(programmeId),
  });

export const useBestuursrapportages = (programmeId: string, enabled = true) =>
  useQuery({ ...bestuursrapportagesQueryOptions(programmeId), enabled });
