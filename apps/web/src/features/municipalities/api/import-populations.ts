import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';

export interface PopulationImportInput {
  file: File;
  dryRun: boolean;
  /** The date of every figure when the file has no period column. */
  referenceDate?: string;
  source?: string;
}

export const importPopulations = (regionId: string, input: PopulationImportInput) => {
  const form = new FormData();
  form.append('file', input.file);
  return unwrap(
    api.POST('/api/regions/{regionId}/populations/import', {
      params: {
        path: { regionId },
        query: {
          dryRun: input.dryRun ? 'true' : 'false',
          ...(input.referenceDate ? { referenceDate: input.referenceDate } : {}),
          ...(input.source ? { source: input.source } : {}),
        },
      },
      // The generated body type describes the multipart fields; FormData is what is sent.
      body: form as unknown as { file: string },
    }),
  );
};

/**
 * Previews (dryRun) or stores a CBS StatLine population table. Stored figures change every split,
 * so the municipalities, programmes, contributions and council pages refresh.
 */
export function useImportPopulations(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PopulationImportInput) => importPopulations(regionId, input),
    onSuccess: (result) =>
      result.dryRun
        ? undefined
        : Promise.all(
            [
              'municipalities',
              'programmes',
              'contributions',
              'municipality-summaries',
              'populations',
            ].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
          ),
  });
}
