import type { ResponseMemoResponse } from '@koers/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

const roundQuery = (round?: number) => (round ? `?round=${round}` : '');

/** The response memo of a consultation round (the current one unless a round is given). */
export const getResponseMemo = (programmeId: string, round?: number) =>
  apiFetch<ResponseMemoResponse>(`/programmes/${programmeId}/response-memo${roundQuery(round)}`);

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
