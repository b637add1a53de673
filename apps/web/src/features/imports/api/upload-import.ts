import type { ImportResult, ProblemDetails } from '@koers/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { csrfToken } from '../../../lib/csrf';
import { programmeQueryOptions } from '../../../lib/api/get-programme';
import { refreshProgramme } from '../../../lib/api/refresh-programme';
import type { components } from '../../../lib/api/schema.gen';

/** The generated type of the answer: a change of the API's ImportResult does not compile here. */
type GeneratedImportResult = components['schemas']['ImportResultDto'];
const asResult = (body: GeneratedImportResult): ImportResult => body;

export const importTemplateUrl = (programmeId: string, format: 'xlsx' | 'csv') =>
  `/api/programmes/${programmeId}/imports/template?format=${format}`;

/** Where an upload is: sending the file (with its share sent), or waiting for the check. */
export type UploadProgress = { phase: 'sending'; fraction: number } | { phase: 'checking' };

/**
 * Sends the file as multipart/form-data, `dryRun` true for the preview and false to store it.
 * XMLHttpRequest rather than fetch: only it reports how much of the file has been sent.
 */
export function uploadImport(
  programmeId: string,
  file: File,
  dryRun: boolean,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/programmes/${programmeId}/imports?dryRun=${dryRun}`);
    xhr.setRequestHeader('Accept', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress({ phase: 'sending', fraction: event.loaded / event.total });
      }
    };
    xhr.upload.onload = () => onProgress({ phase: 'checking' });
    xhr.onerror = () => reject(new ApiError(0, undefined));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(asResult(body as GeneratedImportResult));
      } else {
        reject(new ApiError(xhr.status, body as ProblemDetails | undefined));
      }
    };
    const form = new FormData();
    form.append('file', file);
    onProgress({ phase: 'sending', fraction: 0 });
    xhr.send(form);
  });
}

/** The upload as a mutation, with its progress while it runs. */
export function useUploadImport(programmeId: string) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadImport(programmeId, file, dryRun, setProgress),
    onSuccess: (result) => {
      if (!result.stored) return;
      // Added or changed assignments of this programme: its lists, totals and what they feed, and
      // those of its assignments that are cached one by one. Other programmes did not change.
      const programme = queryClient.getQueryData(programmeQueryOptions(programmeId).queryKey);
      void Promise.all([
        queryClient.invalidateQueries({
          queryKey: programmeQueryOptions(programmeId).queryKey,
          exact: true,
        }),
        queryClient.invalidateQueries({ queryKey: ['assignments', { programmeId }] }),
        queryClient.invalidateQueries({
          queryKey: ['assignments'],
          predicate: ({ state }) => {
            const data = state.data as
              { programmeId?: string; assignment?: { programmeId?: string } } | undefined;
            return (data?.programmeId ?? data?.assignment?.programmeId) === programmeId;
          },
        }),
        refreshProgramme(queryClient, programmeId, programme?.regionId),
      ]);
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
