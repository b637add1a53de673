import type { FundingSource, ProgrammeStatus, RollupPeriod } from '@koers/contracts';
import { addDays, type ProgressCourse } from '@koers/domain';
import type { EntityManager } from 'typeorm';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { sqlIsoDate } from '../../database/sql-formats';

/** The course of a progress report as exec-reports stores it. */
export type StoredCourse = ProgressCourse;

export interface ReadReport {
  course: StoredCourse;
  lines: { budgetLineId: string; committedCents: number; spentCents: number }[];
  kpis: {
    kpiId: string;
    name: string;
    unit: string;
    baseline: string;
    target: string;
    value: string;
    measuredOn: string;
  }[];
  milestones: { title: string; plannedOn: string; doneOn: string | null }[];
}

export interface ReadAssignment {
  id: string;
  code: string;
  title: string;
  themeId: string;
  themeTitle: string;
  participation: 'all' | 'opt_in';
  participants: string[];
  budgetLines: { id: string; source: FundingSource; amountCents: number }[];
  report: ReadReport | null;
}

export interface ReadProgramme {
  id: string;
  title: string;
  year: number;
  status: ProgrammeStatus;
  regionId: string;
  regionName: string;
  periods: { id: string; title: string; position: number; dataUntil: string; dueOn: string }[];
}

/** The programme `p` (joined with its region `r`) with its reporting periods. */
const PROGRAMME_COLUMNS = `
  p.id, p.title, p.year, p.status, r.id AS "regionId", r.name AS "regionName",
  (SELECT coalesce(json_agg(json_build_object('id', rp.id, 'title', rp.title,
          'position', rp.position, 'dataUntil', ${sqlIsoDate('rp.data_until')},
          'dueOn', ${sqlIsoDate('rp.due_on')}) ORDER BY rp.position), '[]')
     FROM reporting_periods rp WHERE rp.programme_id = p.id) AS periods`;

/** An assignment `a` of programme `p` (theme `t`) with its year's budget and its accepted report for period $2. */
const ASSIGNMENT_COLUMNS = `
  a.id, a.code, a.title, t.id AS "themeId", t.title AS "themeTitle", a.participation,
  (SELECT coalesce(json_agg(pa.municipality_id), '[]')
     FROM assignment_participants pa WHERE pa.assignment_id = a.id) AS participants,
  (SELECT coalesce(json_agg(json_build_object('id', b.id, 'source', b.funding_source,
          'amountCents', b.amount_cents) ORDER BY b.position), '[]')
     FROM assignment_budget_lines b WHERE b.assignment_id = a.id AND b.year = p.year)
    AS "budgetLines",
  (SELECT json_build_object('course', r.course,
          'lines', (SELECT coalesce(json_agg(json_build_object('budgetLineId', m.budget_line_id,
              'committedCents', m.committed_cents, 'spentCents', m.spent_cents)), '[]')
            FROM progress_report_money m WHERE m.report_id = r.id),
          'kpis', (SELECT coalesce(json_agg(json_build_object('kpiId', k.kpi_id,
              'name', ak.name, 'unit', ak.unit, 'baseline', ak.baseline, 'target', ak.target,
              'value', k.value, 'measuredOn', ${sqlIsoDate('k.measured_on')})
              ORDER BY ak.position, k.measured_on), '[]')
            FROM progress_report_kpi_values k JOIN assignment_kpis ak ON ak.id = k.kpi_id
           WHERE k.report_id = r.id),
          'milestones', (SELECT coalesce(json_agg(json_build_object('title', ms.title,
              'plannedOn', ${sqlIsoDate('ms.planned_on')},
              'doneOn', ${sqlIsoDate('ms.done_on')}) ORDER BY ms.position), '[]')
            FROM progress_report_milestones ms WHERE ms.report_id = r.id))
     FROM progress_reports r
    WHERE r.assignment_id = a.id AND r.period_id = $2 AND r.state = 'accepted') AS report`;

const ASSIGNMENTS_FROM = `
  FROM assignments a
  JOIN programmes p ON p.id = a.programme_id
  JOIN themes t ON t.id = a.theme_id
 WHERE a.programme_id = $1`;

const PROGRAMME = preparedRead(
  'koers_rollup_programme',
  `SELECT ${PROGRAMME_COLUMNS} FROM programmes p JOIN regions r ON r.id = p.region_id WHERE p.id = $1`,
);

/** $1 programme, $2 period: every assignment with its year's budget and its accepted report. */
const ASSIGNMENTS = preparedRead(
  'koers_rollup_assignments',
  `SELECT ${ASSIGNMENT_COLUMNS} ${ASSIGNMENTS_FROM} ORDER BY t.title, a.code, a.id`,
);

/**
 * Both of the above and the region's data version in one statement, so that all three are of
 * the same moment (a roll-up kept under that version is that data; see VersionedReads).
 */
const ROLLUP = preparedRead(
  'koers_rollup_read',
  `SELECT row_to_json(x) AS programme,
          (SELECT coalesce(json_agg(y ORDER BY y."themeTitle", y.code, y.id), '[]')
             FROM (SELECT ${ASSIGNMENT_COLUMNS} ${ASSIGNMENTS_FROM}) y) AS assignments,
          koers_region_data_version(x."regionId")::text AS data_version
     FROM (SELECT ${PROGRAMME_COLUMNS}
             FROM programmes p JOIN regions r ON r.id = p.region_id WHERE p.id = $1) x`,
);

/** $1 programme, $2 last period position: KPI values of accepted reports up to that period. */
const KPI_TREND_SQL = `
  SELECT k.kpi_id AS "kpiId", a.code, ak.name, ak.unit, ak.baseline, ak.target,
         rp.id AS "periodId", rp.title AS "periodTitle", k.value,
         ${sqlIsoDate('k.measured_on')} AS "measuredOn"
    FROM progress_report_kpi_values k
    JOIN progress_reports r ON r.id = k.report_id AND r.state = 'accepted'
    JOIN reporting_periods rp ON rp.id = r.period_id
    JOIN assignment_kpis ak ON ak.id = k.kpi_id
    JOIN assignments a ON a.id = r.assignment_id
   WHERE r.programme_id = $1 AND rp.position <= $2
   ORDER BY a.code, ak.position, ak.id, rp.position, k.measured_on`;

export interface ReadKpiValue {
  kpiId: string;
  code: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  periodId: string;
  periodTitle: string;
  value: string;
  measuredOn: string;
}

export async function readProgramme(
  manager: EntityManager,
  programmeId: string,
): Promise<ReadProgramme | undefined> {
  const [row] = await runPrepared<ReadProgramme>(manager, PROGRAMME, [programmeId]);
  return row;
}

export function readAssignments(
  manager: EntityManager,
  programmeId: string,
  periodId: string,
): Promise<ReadAssignment[]> {
  return runPrepared<ReadAssignment>(manager, ASSIGNMENTS, [programmeId, periodId]);
}

/** The programme, its assignments with their reports of the period, and the data version. */
export async function readRollupInput(
  manager: EntityManager,
  programmeId: string,
  periodId: string,
): Promise<
  { programme: ReadProgramme; assignments: ReadAssignment[]; dataVersion: string } | undefined
> {
  const [row] = await runPrepared<{
    programme: ReadProgramme;
    assignments: ReadAssignment[];
    data_version: string;
  }>(manager, ROLLUP, [programmeId, periodId]);
  return (
    row && { programme: row.programme, assignments: row.assignments, dataVersion: row.data_version }
  );
}

export function readKpiValues(
  manager: EntityManager,
  programmeId: string,
  upToPosition: number,
): Promise<ReadKpiValue[]> {
  return manager.query(KPI_TREND_SQL, [programmeId, upToPosition]);
}

/** The periods with their first day: the day after the previous one's data, or 1 January. */
export function withStartDates(programme: ReadProgramme): RollupPeriod[] {
  return programme.periods.map((period, i) => ({
    ...period,
    startsOn: i === 0 ? `${programme.year}-01-01` : addDays(programme.periods[i - 1].dataUntil, 1),
  }));
}
