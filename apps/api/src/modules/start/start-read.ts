import type {
  CouncilDecisionStatus,
  MunicipalityAssignmentShare,
  ProgrammeStatus,
  ProgressReportState,
} from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { sqlIsoDate } from '../../database/sql-formats';
import { CURRENT_ROUND } from '../council-decisions/consultation-round';
import { MANDATE_USE_COLUMNS, type MandateUseRow } from '../mandates/mandate-use';
import { reportDueColumn, type ReportDueRow } from './report-due';

/** A council decision of a programme's current round, as the start page weighs it. */
export interface StartDecisionRow {
  municipalityId: string;
  name: string;
  cbsCode: string;
  status: CouncilDecisionStatus;
  decisionDate: string | null;
  shownTotalCents: string | null;
  shownByAssignment: MunicipalityAssignmentShare[] | null;
  shownAt: string | null;
  unanswered: number;
}

/** A reporting period of a programme in execution, with its reports counted per state. */
export interface StartPeriodRow {
  id: string;
  title: string;
  dataUntil: string;
  dueOn: string;
  written: Partial<Record<ProgressReportState, number>>;
}

export interface StartProgrammeRow {
  id: string;
  region_id: string;
  region_name: string;
  year: number;
  title: string;
  status: ProgrammeStatus;
  consultation_deadline: string | null;
  assignment_count: number;
  has_view_points: boolean;
  decisions: StartDecisionRow[];
  /** Null unless the programme is in execution. */
  periods: StartPeriodRow[] | null;
}

/**
 * $1 region ids. Every programme that is not closed, newest year first, with its assignment
 * count, the council decisions of its current round (each with its unanswered points) and, in
 * execution, its reporting periods with their reports counted per state: the start page's one
 * statement for every programme of every region of the user.
 */
const START_PROGRAMMES = preparedRead(
  'koers_start_programmes',
  `SELECT p.id, p.region_id, r.name AS region_name, p.year, p.title, p.status,
          ${sqlIsoDate('p.consultation_deadline')} AS consultation_deadline,
          (SELECT count(*)::int FROM assignments a WHERE a.programme_id = p.id) AS assignment_count,
          EXISTS (SELECT 1 FROM view_points vp WHERE vp.programme_id = p.id) AS has_view_points,
          (SELECT coalesce(json_agg(json_build_object(
                    'municipalityId', d.municipality_id, 'name', m.name, 'cbsCode', m.cbs_code,
                    'status', d.status, 'decisionDate', ${sqlIsoDate('d.decision_date')},
                    'shownTotalCents', d.shown_total_cents::text,
                    'shownByAssignment', d.shown_by_assignment, 'shownAt', d.shown_at::text,
                    'unanswered', (SELECT count(*)::int FROM view_points v
                                    WHERE v.council_decision_id = d.id AND v.answer IS NULL))
                    ORDER BY m.name), '[]')
             FROM council_decisions d JOIN municipalities m ON m.id = d.municipality_id
            WHERE d.programme_id = p.id AND d.round = ${CURRENT_ROUND('p.id')}) AS decisions,
          CASE WHEN p.status = 'in_execution' THEN (
            SELECT coalesce(json_agg(json_build_object(
                     'id', rp.id, 'title', rp.title,
                     'dataUntil', ${sqlIsoDate('rp.data_until')}, 'dueOn', ${sqlIsoDate('rp.due_on')},
                     'written', (SELECT coalesce(json_object_agg(w.state, w.n), '{}')
                                   FROM (SELECT r.state, count(*)::int AS n FROM progress_reports r
                                          WHERE r.period_id = rp.id GROUP BY r.state) w))
                     ORDER BY rp.position), '[]')
              FROM reporting_periods rp WHERE rp.programme_id = p.id)
          END AS periods
     FROM programmes p JOIN regions r ON r.id = p.region_id
    WHERE p.region_id = ANY($1::uuid[]) AND p.status <> 'closed'
    ORDER BY r.name, p.year DESC`,
);

export function readStartProgrammes(
  manager: EntityManager,
  regionIds: string[],
): Promise<StartProgrammeRow[]> {
  if (regionIds.length === 0) return Promise.resolve([]);
  return runPrepared<StartProgrammeRow>(manager, START_PROGRAMMES, [regionIds]);
}

export interface StartAssignmentRow extends MandateUseRow {
  id: string;
  code: string;
  title: string;
  programme_id: string;
  year: number;
  region_id: string;
  status: string;
  report_due: ReportDueRow | null;
}

/**
 * $1 person ids, $2 their regions (pairwise): the assignments each person holds in the region of
 * their grant, of programmes that are not closed, each with its mandate's use (the alerts are
 * worked out for today in code) and the progress report it still owes.
 * Pairs, so a person's id never reaches another region's assignments.
 */
const START_ASSIGNMENTS = preparedRead(
  'koers_start_assignments',
  `SELECT a.id, a.code, a.title, a.programme_id, p.year, p.region_id, a.status,
          ${MANDATE_USE_COLUMNS},
          ${reportDueColumn('report_due')}
     FROM assignments a JOIN programmes p ON p.id = a.programme_id
    WHERE (a.portfolio_holder_id, p.region_id) IN
          (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
      AND p.status <> 'closed'
    ORDER BY p.year DESC, a.code`,
);

export function readStartAssignments(
  manager: EntityManager,
  holders: { personId: string; regionId: string }[],
): Promise<StartAssignmentRow[]> {
  if (holders.length === 0) return Promise.resolve([]);
  return runPrepared<StartAssignmentRow>(manager, START_ASSIGNMENTS, [
    holders.map((h) => h.personId),
    holders.map((h) => h.regionId),
  ]);
}

export interface StartAccountsRow {
  region_id: string;
  region_name: string;
  open_invitations: number;
  deactivated: number;
}

/** $1 region ids: per region the offers not yet accepted and the deactivated accounts. */
const START_ACCOUNTS = preparedRead(
  'koers_start_accounts',
  `SELECT r.id AS region_id, r.name AS region_name,
          (SELECT count(*)::int FROM role_invitations i WHERE i.region_id = r.id) AS open_invitations,
          (SELECT count(DISTINCT u.id)::int FROM users u
             JOIN role_assignments ra ON ra.user_id = u.id
            WHERE ra.region_id = r.id AND NOT u.active) AS deactivated
     FROM regions r WHERE r.id = ANY($1::uuid[]) ORDER BY r.name`,
);

export function readStartAccounts(
  manager: EntityManager,
  regionIds: string[],
): Promise<StartAccountsRow[]> {
  if (regionIds.length === 0) return Promise.resolve([]);
  return runPrepared<StartAccountsRow>(manager, START_ACCOUNTS, [regionIds]);
}

/** Region names of the user's grants, for regions without programmes. */
const REGION_NAMES = preparedRead(
  'koers_start_region_names',
  `SELECT r.id, r.name FROM regions r WHERE r.id = ANY($1::uuid[]) ORDER BY r.name`,
);

export async function readRegionNames(
  manager: EntityManager,
  regionIds: string[],
): Promise<Map<string, string>> {
  if (regionIds.length === 0) return new Map();
  const rows = await runPrepared<{ id: string; name: string }>(manager, REGION_NAMES, [regionIds]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const centsOrNull = (text: string | null) => (text === null ? null : toSafeInteger(text));
