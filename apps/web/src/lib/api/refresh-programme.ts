import type { QueryClient } from '@tanstack/react-query';

/**
 * After a write to one programme (its settings or its assignments): marks stale what is computed
 * from it — the region's programme lists (counts, titles), the programme's history and possible
 * transitions, and its amendments, council decisions, contributions, municipality summaries,
 * council packs and response memos — and the start page. Not the programme itself (the caller
 * puts the answer in, or invalidates it when the answer is not the programme) and nothing of
 * another programme: object segments match partially, so `{ programmeId }` matches every round
 * and municipality of this programme only. Without a known region every region's list is marked.
 */
export function refreshProgramme(
  queryClient: QueryClient,
  programmeId: string,
  regionId: string | undefined,
) {
  const ofProgramme = [
    'amendments',
    'council-decisions',
    'contributions',
    'municipality-summaries',
    'council-packs',
    'response-memos',
  ].map((resource) => queryClient.invalidateQueries({ queryKey: [resource, { programmeId }] }));
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['programmes', regionId ? { regionId } : {}] }),
    queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'history'] }),
    queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'transitions'] }),
    queryClient.invalidateQueries({ queryKey: ['start'], exact: true }),
    ...ofProgramme,
  ]);
}
