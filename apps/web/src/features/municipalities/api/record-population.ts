import type { RecordPopulationRequest } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export const recordPopulation = (municipalityId: string, body: RecordPopulationRequest) =>
  unwrap(
    api.POST('/api/municipalities/{id}/populations', {
      params: { path: { id: municipalityId } },
      body: body,
    }),
  );

/**
 * Records a population figure. Every split may read it, so the municipality, its region's list,
 * the programmes (their warnings) and every contribution and council page refresh.
 */
export function useRecordPopulation(municipalityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordPopulationRequest) => recordPopulation(municipalityId, body),
    onSuccess: () =>
      Promise.all(
        ['municipalities', 'programmes', 'contributions', 'municipality-summaries'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}
