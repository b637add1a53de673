import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { useReportWritten } from './report-written';

export interface ReportAction {
  assignmentId: string;
  reportId: string;
  version: number;
}

/** Sends a draft or returned report to the bureau. */
export const submitProgressReport = ({ assignmentId, reportId, version }: ReportAction) =>
  unwrap(
    api.POST('/api/assignments/{assignmentId}/progress-reports/{reportId}/submit', {
      params: { path: { assignmentId, reportId } },
      body: { version },
    }),
  );

export function useSubmitProgressReport() {
  const written = useReportWritten();
  return useMutation({
    mutationFn: submitProgressReport,
    onSuccess: written,
  });
}
