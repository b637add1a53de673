import type { AssignmentRef, MunicipalityRef } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { BoundedCache, boundedCache } from '../../common/bounded-cache';
import { entityFromJson } from '../../database/json-entity';
import { preparedRead, runPrepared } from '../../database/prepared-read';
import { computeContributions } from '../contributions/compute-contributions';
import { parseSplitInputs, readContributionSplit } from '../contributions/contribution-input';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { programmeNotFound } from '../programmes/programme.errors';
import { CouncilDecisionEntity, ViewPointEntity } from './council-decision.entity';
import { MUNICIPALITY_REFS } from './council-decision-reader';
import type { NumberedPoint } from './council-decision-rules';
import type { MunicipalityAmount } from './shown-contribution';

type Json = Record<string, unknown>;

/** What recording a decision starts from, read in one statement (the programme share-locked). */
export interface DecisionState {
  programme: ProgrammeEntity;
  /** Every round of the programme, oldest first; the last is the current one. */
  rounds: number[];
  /** The council's decision in the current round, if there is one. */
  decision: CouncilDecisionEntity | undefined;
  /** Its view points, by number. */
  points: ViewPointEntity[];
  municipalities: MunicipalityRef[];
}

const CURRENT = `(SELECT coalesce(max(cr.round), 0) FROM council_decisions cr WHERE cr.programme_id = p.id)`;

const READ_STATE = preparedRead(
  'koers_council_decision_state',
  `
  SELECT to_jsonb(p) AS programme,
         (SELECT coalesce(jsonb_agg(DISTINCT r.round ORDER BY r.round), '[]'::jsonb)
            FROM council_decisions r WHERE r.programme_id = p.id) AS rounds,
         to_jsonb(d) AS decision,
         (SELECT coalesce(jsonb_agg(to_jsonb(v) ORDER BY v.number), '[]'::jsonb)
            FROM view_points v WHERE v.council_decision_id = d.id) AS points,
         ${MUNICIPALITY_REFS('p.region_id')} AS municipalities
    FROM programmes p
    LEFT JOIN council_decisions d
      ON d.programme_id = p.id AND d.municipality_id = $2 AND d.round = ${CURRENT}
   WHERE p.id = $1
     FOR SHARE OF p`,
);

export async function readDecisionState(
  manager: EntityManager,
  programmeId: string,
  municipalityId: string,
): Promise<DecisionState> {
  const rows: {
    programme: Json;
    rounds: number[];
    decision: Json | null;
    points: Json[];
    municipalities: MunicipalityRef[];
  }[] = await runPrepared(manager, READ_STATE, [programmeId, municipalityId]);
  const row = rows[0];
  if (!row) throw programmeNotFound(programmeId);
  return {
    programme: entityFromJson(manager, ProgrammeEntity, row.programme),
    rounds: row.rounds,
    decision: row.decision
      ? entityFromJson(manager, CouncilDecisionEntity, row.decision)
      : undefined,
    points: row.points.map((p) => entityFromJson(manager, ViewPointEntity, p)),
    municipalities: row.municipalities,
  };
}

/** The split a decision is about to be stored under, as {@link amountUnderDecision} gives it. */
type AmountUnderDecision = { assignments: AssignmentRef[]; amount: MunicipalityAmount | undefined };

/**
 * Amounts under a decision by the text of the split inputs and the decision's declines: a pure
 * function of both, so the same pair gives the same answer. Kept for the next council's decision
 * instead of parsing and splitting the programme again (the split was a sixth of a decision's
 * CPU in the API). Any change to the data changes the text. The values are shared: never change
 * them.
 */
const amountsUnderDecisions: BoundedCache<string, AmountUnderDecision> = boundedCache({ max: 64 });

/**
 * The programme's assignments and what the municipality pays under the decision as it is about
 * to be stored (its own declines applied in memory; the others' as stored): one statement, the
 * split the contributions page makes. Undefined amount when the split cannot be made.
 */
export async function amountUnderDecision(
  manager: EntityManager,
  programmeId: string,
  decision: {
    municipalityId: string;
    status: CouncilDecisionEntity['status'];
    declinedAssignmentIds: string[];
  },
): Promise<AmountUnderDecision> {
  const { split } = await readContributionSplit(manager, programmeId, { previous: false });
  const declines = decision.status === 'partial' || decision.status === 'rejected';
  const declined = declines
    ? JSON.stringify([decision.status, decision.declinedAssignmentIds])
    : '';
  const key = `${decision.municipalityId}\n${declined}\n${split}`;
  const known = amountsUnderDecisions.get(key);
  if (known) return known;
  const { input } = parseSplitInputs(split);
  const others = (input.decisions ?? []).filter(
    (d) => d.municipalityId !== decision.municipalityId,
  );
  const result = computeContributions({
    ...input,
    decisions: declines ? [...others, decision] : others,
  });
  const mine = result.municipalities.find((m) => m.municipalityId === decision.municipalityId);
  const computed: AmountUnderDecision = {
    assignments: input.assignments.map((a) => ({ id: a.id, code: a.code, title: a.title })),
    amount:
      result.failures.length === 0 && mine
        ? { totalCents: mine.totalCents, byAssignment: mine.byAssignment }
        : undefined,
  };
  amountsUnderDecisions.set(key, computed);
  return computed;
}

/** Where the stored points differ from the new list, matched by number. */
function pointChanges(before: ViewPointEntity[], points: NumberedPoint[]) {
  const wanted = new Set(points.map((p) => p.number));
  const gone = before.filter((p) => !wanted.has(p.number)).map((p) => p.id);
  const added: NumberedPoint[] = [];
  const changed: { id: string; text: string; assignment_id: string | null; reworded: boolean }[] =
    [];
  for (const point of points) {
    const old = before.find((p) => p.number === point.number);
    if (!old) added.push(point);
    else if (old.text !== point.text || old.assignmentId !== point.assignmentId) {
      changed.push({
        id: old.id,
        text: point.text,
        assignment_id: point.assignmentId,
        // A changed text loses its answer; a point moved to another assignment keeps it.
        reworded: old.text !== point.text,
      });
    }
  }
  return { gone, added, changed };
}

const WRITE = preparedRead(
  'koers_council_decision_write',
  `
  WITH d AS (
    UPDATE council_decisions
       SET status = $3, council_meeting_date = $4, decision_date = $5, decision_reference = $6,
           decision_url = $7, declined_assignment_ids = $8::uuid[],
           shown_total_cents = $9, shown_by_assignment = $10::jsonb,
           shown_at = CASE WHEN $9::bigint IS NULL THEN NULL ELSE now() END,
           version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2
    RETURNING *),
  gone AS (
    DELETE FROM view_points WHERE id = ANY($11::uuid[]) AND EXISTS (SELECT 1 FROM d)),
  added AS (
    INSERT INTO view_points
           (programme_id, region_id, council_decision_id, municipality_id, round, number, text,
            assignment_id)
    SELECT d.programme_id, d.region_id, d.id, d.municipality_id, d.round, x.number, x.text,
           x."assignmentId"
      FROM d, jsonb_to_recordset($12::jsonb) AS x(number int, text text, "assignmentId" uuid)
    RETURNING *),
  changed AS (
    UPDATE view_points v
       SET text = x.text, assignment_id = x.assignment_id,
           answer = CASE WHEN x.reworded THEN NULL ELSE v.answer END,
           outcome = CASE WHEN x.reworded THEN NULL ELSE v.outcome END,
           resulting_change = CASE WHEN x.reworded THEN NULL ELSE v.resulting_change END,
           answered_at = CASE WHEN x.reworded THEN NULL ELSE v.answered_at END,
           answered_by = CASE WHEN x.reworded THEN NULL ELSE v.answered_by END,
           version = v.version + 1, updated_at = now()
      FROM d, jsonb_to_recordset($13::jsonb)
           AS x(id uuid, text text, assignment_id uuid, reworded boolean)
     WHERE v.id = x.id AND v.council_decision_id = d.id
    RETURNING v.*)
  SELECT (SELECT to_jsonb(d) FROM d) AS decision,
         (SELECT coalesce(jsonb_agg(to_jsonb(a)), '[]'::jsonb) FROM added a) AS added,
         (SELECT coalesce(jsonb_agg(to_jsonb(c)), '[]'::jsonb) FROM changed c) AS changed`,
);

export interface DecisionFields {
  status: CouncilDecisionEntity['status'];
  councilMeetingDate: string | null;
  decisionDate: string | null;
  decisionReference: string;
  decisionUrl: string | null;
  declinedAssignmentIds: string[];
}

/**
 * The decision, what it was shown and its view points written in ONE statement, if `version` is
 * still current: the decision as stored and its points as they now are, or undefined when
 * someone else wrote first.
 */
export async function writeDecision(
  manager: EntityManager,
  decision: CouncilDecisionEntity,
  version: number,
  fields: DecisionFields,
  shown: MunicipalityAmount | null,
  before: ViewPointEntity[],
  points: NumberedPoint[],
): Promise<{ decision: CouncilDecisionEntity; points: ViewPointEntity[] } | undefined> {
  const { gone, added, changed } = pointChanges(before, points);
  const rows = await runPrepared<{ decision: Json | null; added: Json[]; changed: Json[] }>(
    manager,
    WRITE,
    [
      decision.id,
      version,
      fields.status,
      fields.councilMeetingDate,
      fields.decisionDate,
      fields.decisionReference,
      fields.decisionUrl,
      fields.declinedAssignmentIds,
      shown?.totalCents ?? null,
      shown ? JSON.stringify(shown.byAssignment) : null,
      gone,
      JSON.stringify(added),
      JSON.stringify(changed),
    ],
  );
  const row = rows[0];
  if (!row.decision) return undefined;
  const written = [...row.added, ...row.changed].map((p) =>
    entityFromJson(manager, ViewPointEntity, p),
  );
  const byId = new Map(written.map((p) => [p.id, p]));
  const kept = before.filter((p) => !gone.includes(p.id)).map((p) => byId.get(p.id) ?? p);
  const fresh = written.filter((p) => !before.some((b) => b.id === p.id));
  return {
    decision: entityFromJson(manager, CouncilDecisionEntity, row.decision),
    points: [...kept, ...fresh].sort((a, b) => a.number - b.number),
  };
}
