import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { useReportWritten } from './report-written';
import type { ReportAction } from './submit-progress-report';

/** The bureau returns a submitted report to its writers with a comment. */
export const returnProgressReport = ({
  assignmentId,
  reportId,
  version,
  comment,
}: ReportAction & { comment: string }) =>
  unwrap(
    api.POST('/api/assignments/{assignmentId}/progress-reports/{reportId}/return', {
      params: { path: { assignmentId, reportId } },
      body: { version, comment },
    }),
  );

export function useReturnProgressReport() {
  const written = useReportWritten();
  return useMutation({
    mutationFn: returnProgressReport,
    onSuccess: written,
  });
}
