import type { ProgressReportResponse } from '@koers/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { assignmentProgressQueryOptions } from './get-assignment-progress';
import { progressOverviewQueryOptions } from './get-progress-overview';

/**
 * After a report was written (saved, submitted, returned or accepted): the API answers with the
 * report, so it goes into its assignment's periods as is; refreshed are only the queries that count
 * it — its programme's overview, the signed-in user's start page and portfolio (the report still
 * owed) and its programme's history; once accepted also its programme's roll-ups. Other
 * assignments and programmes keep their cache.
 */
export function useReportWritten() {
  const queryClient = useQueryClient();
  return (saved: ProgressReportResponse) => {
    queryClient.setQueryData(
      assignmentProgressQueryOptions(saved.assignmentId).queryKey,
      (progress) =>
        progress && {
          ...progress,
          periods: progress.periods.map((entry) =>
            entry.period.id === saved.periodId ? { ...entry, report: saved } : entry,
          ),
        },
    );
    const { programmeId } = saved;
    return Promise.all([
      queryClient.invalidateQueries({
        queryKey: progressOverviewQueryOptions(programmeId).queryKey,
        exact: true,
      }),
      queryClient.invalidateQueries({ queryKey: ['start'], exact: true }),
      queryClient.invalidateQueries({ queryKey: ['portfolio', 'me'], exact: true }),
      queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'history'] }),
      // The bestuursrapportage counts accepted reports only (and their KPIs in later periods).
      saved.state === 'accepted' &&
        queryClient.invalidateQueries({ queryKey: ['bestuursrapportages', { programmeId }] }),
    ]);
  };
}
