import type {
  AssignmentRef,
  DeadlineState,
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixItem,
  CouncilDecisionResponse,
  MunicipalityRef,
  ViewPointResponse,
} from '@koers/contracts';
import { deadlineState } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { programmeNotFound } from '../programmes/programme.errors';
import { CouncilDecisionEntity, ViewPointEntity } from './council-decision.entity';
import { decisionAmounts, decisionAmountSummary, MunicipalityAmount } from './shown-contribution';

/** What the mappers need besides the rows themselves. */
export interface DecisionContext {
  municipalities: Map<string, MunicipalityRef>;
  /** The programme's assignments, by code. */
  assignments: AssignmentRef[];
  deadline: string | null;
  today: string;
  /**
   * What each municipality pays now (programme year), to compare with what its council was
   * shown when it decided; left out (or a municipality missing) when the split cannot be made.
   */
  currentContributions?: ReadonlyMap<string, MunicipalityAmount>;
}

export async function findProgramme(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<ProgrammeEntity> {
  const query = manager.getRepository(ProgrammeEntity).createQueryBuilder('p').where('p.id = :id', {
    id,
  });
  // FOR SHARE: a transition of the programme waits until this write is done, and vice versa.
  if (lock) query.setLock('pessimistic_read');
  const programme = await query.getOne();
  if (!programme) throw programmeNotFound(id);
  return programme;
}

/** The region's municipalities as `MunicipalityRef` JSON, for the region id expression given. */
export const MUNICIPALITY_REFS = (regionId: string) => `
  (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name, 'cbsCode', m.cbs_code)),
                   '[]')
     FROM municipalities m WHERE m.region_id = ${regionId})`;

/** The programme's assignments as `AssignmentRef` JSON in code order. */
export const ASSIGNMENT_REFS = (programmeId: string) => `
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'code', a.code, 'title', a.title)
                   ORDER BY a.code, a.id), '[]')
     FROM assignments a WHERE a.programme_id = ${programmeId})`;

export async function loadContext(
  manager: EntityManager,
  programme: ProgrammeEntity,
  today: string,
): Promise<DecisionContext> {
  // One round trip for both lists (issue 7: every query per request counts under load).
  const [{ municipalities, assignments }]: {
    municipalities: MunicipalityRef[];
    assignments: AssignmentRef[];
  }[] = await manager.query(
    `SELECT ${MUNICIPALITY_REFS('$1')} AS municipalities, ${ASSIGNMENT_REFS('$2')} AS assignments`,
    [programme.regionId, programme.id],
  );
  return {
    municipalities: new Map(municipalities.map((m) => [m.id, m])),
    assignments,
    deadline: programme.consultationDeadline,
    today,
  };
}

/** The decisions of one round (or one council's decision in it). */
export function loadDecisions(
  manager: EntityManager,
  programmeId: string,
  round: number,
  municipalityId?: string,
): Promise<CouncilDecisionEntity[]> {
  return manager.getRepository(CouncilDecisionEntity).find({
    where: municipalityId ? { programmeId, round, municipalityId } : { programmeId, round },
  });
}

export async function loadViewPoints(
  manager: EntityManager,
  where: { programmeId: string; councilDecisionId?: string },
): Promise<ViewPointEntity[]> {
  return manager
    .getRepository(ViewPointEntity)
    .find({ where, order: { municipalityId: 'ASC', number: 'ASC' } });
}

/** Undecided councils count against today; a council that reacted, by its decision date. */
export function councilDeadlineState(
  decision: Pick<CouncilDecisionEntity, 'status' | 'decisionDate'>,
  context: Pick<DecisionContext, 'deadline' | 'today'>,
): DeadlineState | null {
  if (!context.deadline) return null;
  return deadlineState({
    deadline: context.deadline,
    today: context.today,
    decidedOn: decision.status === 'pending' ? null : decision.decisionDate,
  });
}

/** `rejected` declines every assignment; `partial` the named ones (in code order). */
export function declinedAssignments(
  decision: Pick<CouncilDecisionEntity, 'status' | 'declinedAssignmentIds'>,
  assignments: AssignmentRef[],
): AssignmentRef[] {
  if (decision.status === 'rejected') return assignments;
  const declined = new Set(decision.declinedAssignmentIds);
  return assignments.filter((a) => declined.has(a.id));
}

const unknownMunicipality = (id: string): MunicipalityRef => ({ id, name: '', cbsCode: '' });

/** A decision as the matrix shows it: its fields and how many view points it has, answered or not. */
export type MatrixDecision = Pick<
  CouncilDecisionEntity,
  | 'id'
  | 'programmeId'
  | 'municipalityId'
  | 'round'
  | 'status'
  | 'councilMeetingDate'
  | 'decisionDate'
  | 'decisionReference'
  | 'decisionUrl'
  | 'declinedAssignmentIds'
  | 'shownTotalCents'
  | 'shownByAssignment'
  | 'shownAt'
  | 'version'
  | 'updatedAt'
> & { viewPointCount: number; unansweredViewPointCount: number };

/** A pending council has decided nothing (a new round clears what an earlier one was shown). */
const shownOf = (decision: MatrixDecision) =>
  decision.status === 'pending'
    ? { shownTotalCents: null, shownByAssignment: null, shownAt: null }
    : decision;

/** A decision as the matrix shows it: its amounts in total only. */
export function toCouncilDecisionMatrixItem(
  decision: MatrixDecision,
  context: DecisionContext,
): CouncilDecisionMatrixItem {
  return {
    id: decision.id,
    programmeId: decision.programmeId,
    round: decision.round,
    municipality:
      context.municipalities.get(decision.municipalityId) ??
      unknownMunicipality(decision.municipalityId),
    status: decision.status,
    responded: decision.status !== 'pending',
    councilMeetingDate: decision.councilMeetingDate,
    decisionDate: decision.decisionDate,
    decisionReference: decision.decisionReference,
    decisionUrl: decision.decisionUrl,
    declinedAssignments: declinedAssignments(decision, context.assignments),
    viewPointCount: decision.viewPointCount,
    unansweredViewPointCount: decision.unansweredViewPointCount,
    deadline: context.deadline,
    deadlineState: councilDeadlineState(decision, context),
    ...decisionAmountSummary(
      shownOf(decision),
      context.currentContributions?.get(decision.municipalityId) ?? null,
    ),
    version: decision.version,
    updatedAt: decision.updatedAt.toISOString(),
  };
}

/** One council's decision: the matrix's row with the amounts per assignment as well. */
export function toCouncilDecisionResponse(
  decision: MatrixDecision,
  context: DecisionContext,
): CouncilDecisionResponse {
  return {
    ...toCouncilDecisionMatrixItem(decision, context),
    ...decisionAmounts(
      shownOf(decision),
      context.currentContributions?.get(decision.municipalityId) ?? null,
    ),
  };
}

export function toViewPointResponse(
  point: ViewPointEntity,
  context: Pick<DecisionContext, 'municipalities' | 'assignments'>,
): ViewPointResponse {
  return {
    id: point.id,
    councilDecisionId: point.councilDecisionId,
    round: point.round,
    municipality:
      context.municipalities.get(point.municipalityId) ?? unknownMunicipality(point.municipalityId),
    number: point.number,
    text: point.text,
    assignment: context.assignments.find((a) => a.id === point.assignmentId) ?? null,
    answered: point.answer !== null,
    answer: point.answer,
    outcome: point.outcome,
    resultingChange: point.resultingChange,
    answeredAt: point.answeredAt ? point.answeredAt.toISOString() : null,
    version: point.version,
  };
}

export function toCouncilDecisionDetail(
  decision: CouncilDecisionEntity,
  points: ViewPointEntity[],
  context: DecisionContext,
  rounds: { currentRound: number; rounds: number[] },
): CouncilDecisionDetailResponse {
  return {
    ...rounds,
    ...toCouncilDecisionResponse(
      {
        ...decision,
        viewPointCount: points.length,
        unansweredViewPointCount: points.filter((p) => p.answer === null).length,
      },
      context,
    ),
    viewPoints: points.map((p) => toViewPointResponse(p, context)),
  };
}
