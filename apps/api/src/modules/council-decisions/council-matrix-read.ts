import type { AssignmentRef, MunicipalityRef, ProgrammeStatus } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { programmeNotFound } from '../programmes/programme.errors';
import type { DecisionContext, MatrixDecision } from './council-decision-reader';

const ISO_DATE = `'YYYY-MM-DD'`;
const ISO_TIMESTAMP = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Everything the ratification matrix shows, in one prepared statement: the programme's dates,
 * the region's municipalities, the programme's assignments, and every council decision with the
 * number of its view points (answered or not). Four round trips and TypeORM's hydration were
 * most of the matrix's cost under load (issue 7).
 */
const COUNCIL_MATRIX = preparedRead(
  'koers_council_matrix',
  `SELECT p.status,
          to_char(p.sent_to_councils_on, ${ISO_DATE}) AS sent_to_councils_on,
          to_char(p.consultation_deadline, ${ISO_DATE}) AS consultation_deadline,
          (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name,
                    'cbsCode', m.cbs_code)), '[]')
             FROM municipalities m WHERE m.region_id = p.region_id) AS municipalities,
          (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code, 'title', a.title)
                    ORDER BY a.code, a.id), '[]')
             FROM assignments a WHERE a.programme_id = p.id) AS assignments,
          (SELECT coalesce(json_agg(json_build_object(
                    'id', d.id, 'programmeId', d.programme_id, 'municipalityId', d.municipality_id,
                    'status', d.status,
                    'councilMeetingDate', to_char(d.council_meeting_date, ${ISO_DATE}),
                    'decisionDate', to_char(d.decision_date, ${ISO_DATE}),
                    'decisionReference', d.decision_reference, 'decisionUrl', d.decision_url,
                    'declinedAssignmentIds', d.declined_assignment_ids, 'version', d.version,
                    'updatedAt', to_char(d.updated_at AT TIME ZONE 'UTC', ${ISO_TIMESTAMP}),
                    'viewPointCount', v.total, 'unansweredViewPointCount', v.unanswered)), '[]')
             FROM council_decisions d
             CROSS JOIN LATERAL (
               SELECT count(*)::int AS total, (count(*) FILTER (WHERE answer IS NULL))::int AS unanswered
                 FROM view_points WHERE council_decision_id = d.id) v
            WHERE d.programme_id = p.id) AS decisions
     FROM programmes p WHERE p.id = $1`,
);

interface MatrixRow {
  status: ProgrammeStatus;
  sent_to_councils_on: string | null;
  consultation_deadline: string | null;
  municipalities: MunicipalityRef[];
  assignments: AssignmentRef[];
  decisions: (Omit<MatrixDecision, 'updatedAt'> & { updatedAt: string })[];
}

export interface CouncilMatrixData {
  programme: { status: ProgrammeStatus; sentToCouncilsOn: string | null };
  decisions: MatrixDecision[];
  context: DecisionContext;
}

/** The matrix's data for `programmeId`, or PROGRAMME_NOT_FOUND. */
export async function readCouncilMatrix(
  manager: EntityManager,
  programmeId: string,
  today: string,
): Promise<CouncilMatrixData> {
  const [row] = await runPrepared<MatrixRow>(manager, COUNCIL_MATRIX, [programmeId]);
  if (!row) throw programmeNotFound(programmeId);
  return {
    programme: { status: row.status, sentToCouncilsOn: row.sent_to_councils_on },
    decisions: row.decisions.map((d) => ({ ...d, updatedAt: new Date(d.updatedAt) })),
    context: {
      municipalities: new Map(row.municipalities.map((m) => [m.id, m])),
      assignments: row.assignments,
      deadline: row.consultation_deadline,
      today,
    },
  };
}
