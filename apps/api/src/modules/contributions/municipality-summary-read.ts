import { types } from 'pg';
import { EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { sqlIsoDate } from '../../database/sql-formats';
import {
  CouncilDecisionEntity,
  ViewPointEntity,
} from '../council-decisions/council-decision.entity';
import { CURRENT_ROUND } from '../council-decisions/consultation-round';
import { programmeNotFound } from '../programmes/programme.errors';
import { SplitProgramme, SplitRow, splitSql, toSplitProgramme } from './contribution-input';

/** Who holds and who leads an assignment of the programme (null when nobody). */
export interface AssignmentPeople {
  holderId: string | null;
  holderName: string | null;
  leadId: string | null;
  leadName: string | null;
}

export interface MunicipalitySummaryRead {
  programme: SplitProgramme;
  /** The text of the split inputs: see `SplitMemo`. */
  split: string;
  /** The region's data version this was read at: see `VersionedReads`. */
  dataVersion: string;
  /** By assignment id; only assignments with a holder or a lead. */
  people: Map<string, AssignmentPeople>;
  /**
   * The council's decision in the current round with its view points (by number); null before
   * it was sent.
   */
  decision: { decision: CouncilDecisionEntity; viewPoints: ViewPointEntity[] } | null;
  /** The programme's consultation rounds, oldest first; the decision is of the last. */
  rounds: number[];
}

/** A timestamptz as pg's own parser reads it, so a time in JSON equals the one of a column. */
const toDate = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (text: string) => Date;

/** The columns of an entity's timestamps, as text for {@link toDate}. */
const TIMES = (alias: string) =>
  `'createdAt', ${alias}.created_at::text, 'updatedAt', ${alias}.updated_at::text`;

/**
 * $1 programme, $2 municipality. The split of the contributions endpoint (the summary must show
 * the same figures), with who holds and leads each assignment, and the council's decision with
 * its view points: the page's only statement instead of eleven or twelve (issue 7).
 */
const MUNICIPALITY_SUMMARY = preparedRead(
  'koers_municipality_summary',
  splitSql(
    `, (SELECT json_build_object('id', d.id, 'programmeId', d.programme_id,
           'regionId', d.region_id, 'municipalityId', d.municipality_id, 'status', d.status,
           'councilMeetingDate', ${sqlIsoDate('d.council_meeting_date')},
           'decisionDate', ${sqlIsoDate('d.decision_date')},
           'decisionReference', d.decision_reference, 'decisionUrl', d.decision_url,
           'declinedAssignmentIds', d.declined_assignment_ids::text[], 'version', d.version,
           'shownTotalCents', d.shown_total_cents::text, 'shownByAssignment', d.shown_by_assignment,
           'shownAt', d.shown_at::text,
           ${TIMES('d')},
           'viewPoints', coalesce((SELECT json_agg(json_build_object('id', v.id,
                'programmeId', v.programme_id, 'regionId', v.region_id,
                'councilDecisionId', v.council_decision_id, 'municipalityId', v.municipality_id,
                'round', v.round, 'number', v.number, 'text', v.text, 'assignmentId', v.assignment_id,
                'answer', v.answer, 'outcome', v.outcome, 'resultingChange', v.resulting_change,
                'answeredAt', v.answered_at::text, 'answeredBy', v.answered_by,
                'version', v.version, ${TIMES('v')})
                ORDER BY v.municipality_id, v.number)
              FROM view_points v WHERE v.programme_id = p.id AND v.council_decision_id = d.id),
              '[]'))
          FROM council_decisions d WHERE d.programme_id = p.id AND d.municipality_id = $2
           AND d.round = ${CURRENT_ROUND('p.id')}
       ) AS decision,
       (SELECT coalesce(array_agg(DISTINCT r.round ORDER BY r.round), '{}')
          FROM council_decisions r WHERE r.programme_id = p.id) AS rounds,
       (SELECT json_agg(json_build_object('id', a.id, 'holderId', h.id, 'holderName', h.name,
                 'leadId', l.id, 'leadName', l.name))
          FROM assignments a
          LEFT JOIN people h ON h.id = a.portfolio_holder_id
          LEFT JOIN people l ON l.id = a.lead_id
         WHERE a.programme_id = p.id AND (h.id IS NOT NULL OR l.id IS NOT NULL)) AS people`,
  ),
);

type Timestamps = { createdAt: string; updatedAt: string };
type DecisionJson = Omit<
  CouncilDecisionEntity,
  'createdAt' | 'updatedAt' | 'shownAt' | 'shownTotalCents'
> &
  Timestamps & {
    viewPoints: ViewPointJson[];
    shownAt: string | null;
    shownTotalCents: string | null;
  };
type ViewPointJson = Omit<ViewPointEntity, 'createdAt' | 'updatedAt' | 'answeredAt'> &
  Timestamps & { answeredAt: string | null };

interface SummaryRow extends SplitRow {
  decision: DecisionJson | null;
  rounds: number[];
  people: ({ id: string } & AssignmentPeople)[] | null;
}

/** Everything the summary of one municipality shows; 404 when there is no programme. */
export async function readMunicipalitySummary(
  manager: EntityManager,
  programmeId: string,
  municipalityId: string,
): Promise<MunicipalitySummaryRead> {
  const [row] = await runPrepared<SummaryRow>(manager, MUNICIPALITY_SUMMARY, [
    programmeId,
    municipalityId,
  ]);
  if (!row) throw programmeNotFound(programmeId);
  return {
    programme: toSplitProgramme(row),
    split: row.split,
    dataVersion: row.data_version,
    people: new Map((row.people ?? []).map(({ id, ...people }) => [id, people])),
    decision: row.decision && toEntities(row.decision),
    rounds: row.rounds,
  };
}

/** The decision and its points as the council-decisions module reads them (TypeORM entities). */
function toEntities({
  viewPoints,
  createdAt,
  updatedAt,
  shownAt,
  shownTotalCents,
  ...decision
}: DecisionJson) {
  return {
    decision: Object.assign(new CouncilDecisionEntity(), {
      ...decision,
      shownAt: shownAt === null ? null : toDate(shownAt),
      shownTotalCents: shownTotalCents === null ? null : toSafeInteger(shownTotalCents),
      createdAt: toDate(createdAt),
      updatedAt: toDate(updatedAt),
    }),
    viewPoints: viewPoints.map((point) =>
      Object.assign(new ViewPointEntity(), {
        ...point,
        answeredAt: point.answeredAt === null ? null : toDate(point.answeredAt),
        createdAt: toDate(point.createdAt),
        updatedAt: toDate(point.updatedAt),
      }),
    ),
  };
}
