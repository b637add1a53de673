import type {
  ProgressCourse,
  ProgressOverviewResponse,
  ProgressReportState,
  ReportStatusInOverview,
} from '@koers/contracts';
import { isReportLate, REPORT_STATUSES_IN_OVERVIEW } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { findProgramme } from '../council-decisions/council-decision-reader';
import { periodsOfProgramme, toPeriodResponse } from '../reporting-periods/reporting-periods';

interface Row {
  assignmentId: string;
  code: string;
  title: string;
  portfolioHolderName: string | null;
  periodId: string | null;
  reportId: string | null;
  state: ProgressReportState | null;
  course: ProgressCourse | null;
}

/**
 * Per period of the programme, every assignment with where its report stands — missing, draft,
 * submitted, returned, accepted — and whether it is late; with the counts the bureau chases.
 */
export async function progressOverview(
  manager: EntityManager,
  programmeId: string,
  today: string,
): Promise<ProgressOverviewResponse> {
  const programme = await findProgramme(manager, programmeId);
  const [periods, rows] = await Promise.all([
    periodsOfProgramme(manager, programmeId),
    manager.query<Row[]>(
      `SELECT a.id AS "assignmentId", a.code, a.title, p.name AS "portfolioHolderName",
              r.period_id AS "periodId", r.id AS "reportId", r.state, r.course
         FROM assignments a
         LEFT JOIN people p ON p.id = a.portfolio_holder_id
         LEFT JOIN progress_reports r ON r.assignment_id = a.id
        WHERE a.programme_id = $1
        ORDER BY a.code, a.title`,
      [programmeId],
    ),
  ]);
  const assignments = [...new Map(rows.map((r) => [r.assignmentId, r])).values()];
  return {
    programmeId,
    year: programme.year,
    periods: periods.map((period) => {
      const counts = Object.fromEntries(
        [...REPORT_STATUSES_IN_OVERVIEW, 'late'].map((s) => [s, 0]),
      ) as Record<ReportStatusInOverview | 'late', number>;
      const list = assignments.map((a) => {
        const report = rows.find(
          (r) => r.assignmentId === a.assignmentId && r.periodId === period.id,
        );
        const status: ReportStatusInOverview = report?.state ?? 'missing';
        const late = isReportLate({ status, dueOn: period.dueOn, today });
        counts[status] += 1;
        if (late) counts.late += 1;
        return {
          assignmentId: a.assignmentId,
          code: a.code,
          title: a.title,
          portfolioHolderName: a.portfolioHolderName,
          reportId: report?.reportId ?? null,
          status,
          course: report?.course ?? null,
          late,
        };
      });
      return { period: toPeriodResponse(period, today), counts, assignments: list };
    }),
  };
}
