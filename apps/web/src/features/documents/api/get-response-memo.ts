import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

const roundQuery = (round?: number) => (round ? `?round=${round}` : '');

/** The response memo of a consultation round (the current one unless a round is given). */
export const getResponseMemo = (programmeId: string, round?: number) =>
  unwrap(
    api.GET('/api/programmes/{programmeId}/response-memo', {
      params: { path: { programmeId }, query: round ? { round } : {} },
    }),
  );

/** Where the browser downloads the same memo as a tagged PDF. */
export const responseMemoPdfUrl = (programmeId: string, round?: number) =>
  `/api/programmes/${programmeId}/response-memo/pdf${roundQuery(round)}`;

export const responseMemoQueryOptions = (programmeId: string, round?: number) =>
  queryOptions({
    queryKey: ['response-memos', { programmeId, round: round ?? null }],
    queryFn: () => getResponseMemo(programmeId, round),
  });

export const useResponseMemo = (programmeId: string, round?: number) =>
  useQuery(responseMemoQueryOptions(programmeId, round));
