import { daysBetween } from '../deadlines/deadlines';
import {
  isReportLate,
  type ProgressReportState,
  type ReportStatusInOverview,
} from '../execution/progress-report-rules';

/** A report still owed: not written, a draft, or returned by the bureau. */
export type OwedReportStatus = 'missing' | 'draft' | 'returned';
export const OWED_REPORT_STATUSES: readonly OwedReportStatus[] = ['missing', 'draft', 'returned'];

/** A period of a programme as the start page weighs it, in the order of the calendar. */
export interface PeriodForStart {
  dataUntil: string;
  dueOn: string;
}

/**
 * The period the bureau chases now: the last one whose data period has ended (its report can be
 * written), or the first when none has ended yet. Null for a programme without periods.
 */
export function currentReportingPeriod<P extends PeriodForStart>(
  periods: readonly P[],
  today: string,
): P | null {
  const ended = periods.filter((p) => daysBetween(p.dataUntil, today) > 0);
  return ended.at(-1) ?? periods[0] ?? null;
}

export type ReportCounts = Record<ReportStatusInOverview, number>;

/**
 * The reports of one period counted as the bureau sees them: `missing` are the assignments without
 * a report; late are those not delivered once the period is due.
 */
export function periodReportCounts(input: {
  assignmentCount: number;
  written: Partial<Record<ProgressReportState, number>>;
  dueOn: string;
  today: string;
}): ReportCounts & { late: number } {
  const written = (state: ProgressReportState) => input.written[state] ?? 0;
  const counts: ReportCounts = {
    missing: Math.max(
      0,
      input.assignmentCount -
        written('draft') -
        written('submitted') -
        written('returned') -
        written('accepted'),
    ),
    draft: written('draft'),
    submitted: written('submitted'),
    returned: written('returned'),
    accepted: written('accepted'),
  };
  const late = (Object.keys(counts) as ReportStatusInOverview[])
    .filter((status) => isReportLate({ status, dueOn: input.dueOn, today: input.today }))
    .reduce((sum, status) => sum + counts[status], 0);
  return { ...counts, late };
}
