import type { ProgressReportContent } from '@koers/contracts';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api/client';
import { useReportWritten } from './report-written';

export interface SaveProgressReportInput {
  assignmentId: string;
  /** A new report names its period; an existing one its id and the version read. */
  periodId: string;
  report?: { id: string; version: number };
  content: Required<ProgressReportContent>;
}

/** Writes a new report (POST) or replaces a draft or returned one (PUT) with all its lines. */
export const saveProgressReport = ({
  assignmentId,
  periodId,
  report,
  content,
}: SaveProgressReportInput) =>
  report
    ? unwrap(
        api.PUT('/api/assignments/{assignmentId}/progress-reports/{reportId}', {
          params: { path: { assignmentId, reportId: report.id } },
          body: { ...content, version: report.version },
        }),
      )
    : unwrap(
        api.POST('/api/assignments/{assignmentId}/progress-reports', {
          params: { path: { assignmentId } },
          body: { ...content, periodId },
        }),
      );

export function useSaveProgressReport() {
  const written = useReportWritten();
  return useMutation({
    mutationFn: saveProgressReport,
    onSuccess: written,
  });
}
