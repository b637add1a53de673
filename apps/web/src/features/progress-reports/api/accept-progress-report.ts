import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { useReportWritten } from './report-written';
import type { ReportAction } from './submit-progress-report';

/** The bureau accepts a submitted report; it is frozen from then on. */
export const acceptProgressReport = ({ assignmentId, reportId, version }: ReportAction) =>
  unwrap(
    api.POST('/api/assignments/{assignmentId}/progress-reports/{reportId}/accept', {
      params: { path: { assignmentId, reportId } },
      body: { version },
    }),
  );

export function useAcceptProgressReport() {
  const written = useReportWritten();
  return useMutation({
    mutationFn: acceptProgressReport,
    onSuccess: written,
  });
}
