import type { AssignmentRef, MunicipalityRef, ProgrammeStatus } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { sqlIsoDate, sqlIsoTimestamp } from '../../database/sql-formats';
import { programmeNotFound } from '../programmes/programme.errors';
import {
  ASSIGNMENT_REFS,
  type DecisionContext,
  type MatrixDecision,
  MUNICIPALITY_REFS,
} from './council-decision-reader';
import { chooseRound, CURRENT_ROUND, type RoundChoice } from './consultation-round';

/**
 * Everything the ratification matrix shows, in one prepared statement: the programme's dates,
 * the region's municipalities, the programme's assignments, its consultation rounds, and every
 * council decision of round $2 (null: the current round) with the number of its view points
 * (answered or not). Four round trips and TypeORM's hydration were most of the matrix's cost
 * under load (issue 7). Also the region's data version, so the current amounts come from memory
 * without a round trip of their own while the data stands still.
 */
const COUNCIL_MATRIX = preparedRead(
  'koers_council_matrix',
  `SELECT p.status,
          ${sqlIsoDate('p.sent_to_councils_on')} AS sent_to_councils_on,
          ${sqlIsoDate('p.consultation_deadline')} AS consultation_deadline,
          ${MUNICIPALITY_REFS('p.region_id')} AS municipalities,
          ${ASSIGNMENT_REFS('p.id')} AS assignments,
          (SELECT coalesce(array_agg(DISTINCT r.round ORDER BY r.round), '{}')
             FROM council_decisions r WHERE r.programme_id = p.id) AS rounds,
          (SELECT coalesce(json_agg(json_build_object(
                    'id', d.id, 'programmeId', d.programme_id, 'municipalityId', d.municipality_id,
                    'round', d.round, 'status', d.status,
                    'councilMeetingDate', ${sqlIsoDate('d.council_meeting_date')},
                    'decisionDate', ${sqlIsoDate('d.decision_date')},
                    'decisionReference', d.decision_reference, 'decisionUrl', d.decision_url,
                    'declinedAssignmentIds', d.declined_assignment_ids, 'version', d.version,
                    'shownTotalCents', d.shown_total_cents::text,
                    'shownByAssignment', d.shown_by_assignment,
                    'shownAt', ${sqlIsoTimestamp('d.shown_at')},
                    'updatedAt', ${sqlIsoTimestamp('d.updated_at')},
                    'viewPointCount', v.total, 'unansweredViewPointCount', v.unanswered)), '[]')
             FROM council_decisions d
             CROSS JOIN LATERAL (
               SELECT count(*)::int AS total, (count(*) FILTER (WHERE answer IS NULL))::int AS unanswered
                 FROM view_points WHERE council_decision_id = d.id) v
            WHERE d.programme_id = p.id
              AND d.round = coalesce($2::int, ${CURRENT_ROUND('p.id')})) AS decisions,
          koers_region_data_version(p.region_id)::text AS data_version
     FROM programmes p WHERE p.id = $1`,
);

interface MatrixRow {
  status: ProgrammeStatus;
  sent_to_councils_on: string | null;
  consultation_deadline: string | null;
  municipalities: MunicipalityRef[];
  assignments: AssignmentRef[];
  rounds: number[];
  decisions: (Omit<MatrixDecision, 'updatedAt' | 'shownAt' | 'shownTotalCents'> & {
    updatedAt: string;
    shownAt: string | null;
    shownTotalCents: string | null;
  })[];
  data_version: string;
}

export interface CouncilMatrixData {
  programme: { status: ProgrammeStatus; sentToCouncilsOn: string | null };
  rounds: RoundChoice;
  decisions: MatrixDecision[];
  /** The context of the decisions but today, which the caller adds. */
  context: Omit<DecisionContext, 'today'>;
  /** The region's data version in the same snapshot (database/versioned-reads). */
  dataVersion: string;
}

/**
 * The matrix's data for `programmeId` in `round` (default the current one), or
 * PROGRAMME_NOT_FOUND / CONSULTATION_ROUND_NOT_FOUND. Every table it reads moves the region's
 * data version (migration RegionDataVersions), so it may be kept under that version.
 */
export async function readCouncilMatrix(
  manager: EntityManager,
  programmeId: string,
  round?: number,
): Promise<CouncilMatrixData> {
  const [row] = await runPrepared<MatrixRow>(manager, COUNCIL_MATRIX, [programmeId, round ?? null]);
  if (!row) throw programmeNotFound(programmeId);
  const rounds = chooseRound(row.rounds, round);
  const current = rounds.round === rounds.currentRound;
  return {
    programme: {
      status: row.status,
      // The programme's dates are its current round's; an earlier round's are not kept.
      sentToCouncilsOn: current ? row.sent_to_councils_on : null,
    },
    rounds,
    decisions: row.decisions.map((d) => ({
      ...d,
      updatedAt: new Date(d.updatedAt),
      shownAt: d.shownAt === null ? null : new Date(d.shownAt),
      shownTotalCents: d.shownTotalCents === null ? null : toSafeInteger(d.shownTotalCents),
    })),
    context: {
      municipalities: new Map(row.municipalities.map((m) => [m.id, m])),
      assignments: row.assignments,
      deadline: current ? row.consultation_deadline : null,
    },
    dataVersion: row.data_version,
  };
}
