import type { ReportDue, StartProgrammeReports } from '@koers/contracts';
import {
  currentReportingPeriod,
  isReportLate,
  periodReportCounts,
  type OwedReportStatus,
  type ProgressReportState,
} from '@koers/domain';
import { sqlIsoDate } from '../../database/sql-formats';
import type { StartProgrammeRow } from './start-read';

/** The owed report of one assignment as {@link reportDueColumn} selects it. */
export interface ReportDueRow {
  periodId: string;
  periodTitle: string;
  dueOn: string;
  state: ProgressReportState | null;
  reviewComment: string | null;
}

/**
 * A select-list column (JSON) with the report still owed for the assignment aliased `a` of the
 * programme aliased `p`: the earliest period whose report is missing, a draft or returned; null
 * when the programme is not in execution or every report is delivered. A subquery per row of
 * the same statement, so a list of assignments stays one query.
 */
export const reportDueColumn = (alias: string) => `
  CASE WHEN p.status = 'in_execution' THEN (
    SELECT json_build_object('periodId', rp.id, 'periodTitle', rp.title,
             'dueOn', ${sqlIsoDate('rp.due_on')}, 'state', r.state,
             'reviewComment', r.review_comment)
      FROM reporting_periods rp
      LEFT JOIN progress_reports r ON r.period_id = rp.id AND r.assignment_id = a.id
     WHERE rp.programme_id = a.programme_id
       AND (r.id IS NULL OR r.state IN ('draft', 'returned'))
     ORDER BY rp.position
     LIMIT 1)
  END AS ${alias}`;

export function toReportDue(row: ReportDueRow | null, today: string): ReportDue | null {
  if (!row) return null;
  const status: OwedReportStatus =
    row.state === 'draft' || row.state === 'returned' ? row.state : 'missing';
  return {
    periodId: row.periodId,
    periodTitle: row.periodTitle,
    dueOn: row.dueOn,
    status,
    late: isReportLate({ status, dueOn: row.dueOn, today }),
    reviewComment: status === 'returned' ? row.reviewComment : null,
  };
}

/** Where the reports of the current period stand, and the late ones of earlier periods. */
export function programmeReports(
  row: StartProgrammeRow,
  today: string,
): StartProgrammeReports | null {
  const periods = row.periods ?? [];
  const current = currentReportingPeriod(periods, today);
  if (!current) return null;
  const count = (period: (typeof periods)[number]) =>
    periodReportCounts({
      assignmentCount: row.assignment_count,
      written: period.written,
      dueOn: period.dueOn,
      today,
    });
  const { missing, draft, returned, submitted, late } = count(current);
  return {
    period: { id: current.id, title: current.title, dueOn: current.dueOn },
    missing,
    draft,
    returned,
    submitted,
    late,
    lateEarlier: periods
      .slice(0, periods.indexOf(current))
      .reduce((sum, period) => sum + count(period).late, 0),
  };
}
