import { Injectable } from '@nestjs/common';
import {
  DEADLINE_STATES,
  COUNCIL_DECISION_STATUSES,
  type CouncilDecisionDetailResponse,
  type CouncilDecisionMatrixResponse,
} from '@koers/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { ValidationFailedError } from '../../common/koers-error';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { ContributionsService } from '../contributions/contributions.service';
import { CouncilDecisionEntity, ViewPointEntity } from './council-decision.entity';
import {
  councilDecisionNotFound,
  councilDecisionVersionConflict,
  programmeNotInConsultation,
  programmeNotSentToCouncils,
} from './council-decision.errors';
import {
  DecisionContext,
  findProgramme,
  loadContext,
  loadDecisions,
  loadViewPoints,
  toCouncilDecisionDetail,
  toCouncilDecisionMatrixItem,
} from './council-decision-reader';
import { readDataVersion, VersionedReads } from '../../database/versioned-reads';
import { type CouncilMatrixData, readCouncilMatrix } from './council-matrix-read';
import { chooseRound, roundsOf } from './consultation-round';
import { checkCouncilDecision, numberedPoints } from './council-decision-rules';
import {
  amountUnderDecision,
  DecisionFields,
  readDecisionState,
  writeDecision,
} from './council-decision-write';
import { RecordCouncilDecisionDto } from './dto/council-decision-request.dto';

/** Municipalities by name as Dutch sorts them: one collator, not one looked up per comparison. */
const byDutchName = new Intl.Collator('nl').compare;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

@Injectable()
export class CouncilDecisionsService {
  /** The matrix's answers, kept per region data version (database/versioned-reads). */
  private readonly answers = new VersionedReads();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly contributions: ContributionsService,
  ) {}

  /**
   * The ratification matrix of one consultation round (default the current one): every member
   * council, its status and where it stands on time.
   */
  async matrix(programmeId: string, round?: number): Promise<CouncilDecisionMatrixResponse> {
    const manager = this.dataSource.manager;
    const today = this.clock.today();
    // The whole answer from memory while the region's data stands still and the day is the
    // same: one row read instead of the matrix's statement, the parsing of every decision's
    // amounts per assignment and their comparison with today's split.
    const { answer } = await this.answers.get(
      `matrix:${programmeId}:${round ?? 'current'}:${today}`,
      await readDataVersion(manager, programmeId),
      async () => {
        const data = await readCouncilMatrix(manager, programmeId, round);
        return {
          dataVersion: data.dataVersion,
          answer: await this.matrixAnswer(programmeId, data, today),
        };
      },
    );
    return answer;
  }

  private async matrixAnswer(
    programmeId: string,
    { programme, rounds, decisions, context, dataVersion }: CouncilMatrixData,
    today: string,
  ): Promise<CouncilDecisionMatrixResponse> {
    if (decisions.length === 0) throw programmeNotSentToCouncils(programme.status);
    // Today's amounts are compared with what the councils of this round were shown.
    const currentContributions = await this.contributions.currentAmounts(programmeId, dataVersion);
    const items = decisions
      .map((d) => toCouncilDecisionMatrixItem(d, { ...context, today, currentContributions }))
      .sort((a, b) => byDutchName(a.municipality.name, b.municipality.name));
    const byStatus = Object.fromEntries(COUNCIL_DECISION_STATUSES.map((s) => [s, 0])) as Record<
      (typeof COUNCIL_DECISION_STATUSES)[number],
      number
    >;
    const byDeadlineState = Object.fromEntries(DEADLINE_STATES.map((s) => [s, 0])) as Record<
      (typeof DEADLINE_STATES)[number],
      number
    >;
    for (const item of items) {
      byStatus[item.status] += 1;
      if (item.deadlineState) byDeadlineState[item.deadlineState] += 1;
    }
    return {
      programmeId,
      ...rounds,
      programmeStatus: programme.status,
      sentToCouncilsOn: programme.sentToCouncilsOn,
      deadline: context.deadline,
      today,
      items,
      counts: {
        total: items.length,
        responded: items.filter((i) => i.responded).length,
        byStatus,
        byDeadlineState,
        viewPoints: sum(items.map((i) => i.viewPointCount)),
        unansweredViewPoints: sum(items.map((i) => i.unansweredViewPointCount)),
      },
    };
  }

  async get(
    programmeId: string,
    municipalityId: string,
    round?: number,
  ): Promise<CouncilDecisionDetailResponse> {
    return this.read(this.dataSource.manager, programmeId, municipalityId, round);
  }

  /**
   * Records a council's whole decision, with its view, in the current consultation round, in
   * one transaction with its audit record: one read of the programme, the decision and its
   * points; one of the split; one write of the decision and its points; the audit record. The
   * answer is built from what was written (issue 14 §4).
   */
  async record(
    programmeId: string,
    municipalityId: string,
    version: number,
    body: RecordCouncilDecisionDto,
  ): Promise<CouncilDecisionDetailResponse> {
    return this.dataSource.transaction(async (manager) => {
      const state = await readDecisionState(manager, programmeId, municipalityId);
      const { programme, decision, points: before } = state;
      if (programme.status !== 'consultation') throw programmeNotInConsultation(programme.status);
      if (!decision) throw councilDecisionNotFound(programmeId, municipalityId);
      const fields: DecisionFields = {
        status: body.status,
        councilMeetingDate: body.councilMeetingDate ?? null,
        decisionDate: body.decisionDate ?? null,
        decisionReference: body.decisionReference ?? '',
        decisionUrl: body.decisionUrl ?? null,
        declinedAssignmentIds: (body.declinedAssignmentIds ?? []).map((id) => id.toLowerCase()),
      };
      // What the municipality pays under this decision is kept with it, so a later change of
      // its amount is shown (then and now), never recalculated silently.
      const { assignments, amount } = await amountUnderDecision(manager, programmeId, {
        municipalityId: decision.municipalityId,
        status: fields.status,
        declinedAssignmentIds: fields.declinedAssignmentIds,
      });
      const errors = checkCouncilDecision(body, programme, new Set(assignments.map((a) => a.id)));
      if (errors.length > 0) throw new ValidationFailedError(errors);
      if (decision.version !== version) throw councilDecisionVersionConflict(decision.version);

      const points = numberedPoints(body);
      const shown = body.status === 'pending' ? null : (amount ?? null);
      const written = await writeDecision(
        manager,
        decision,
        version,
        fields,
        shown,
        before,
        points,
      );
      if (!written) {
        // Written by someone else between the read and the write.
        const [current] = await loadDecisions(manager, programmeId, decision.round, municipalityId);
        throw councilDecisionVersionConflict(current.version);
      }
      await recordAudit(manager, {
        regionId: decision.regionId,
        entity: 'council_decision',
        entityId: decision.id,
        action: 'update',
        changes: diffFields(auditView(decision, before), { ...fields, viewPoints: points }),
        programmeId,
      });
      const context: DecisionContext = {
        municipalities: new Map(state.municipalities.map((m) => [m.id, m])),
        assignments,
        deadline: programme.consultationDeadline,
        today: this.clock.today(),
        currentContributions: amount && new Map([[decision.municipalityId, amount]]),
      };
      const currentRound = state.rounds[state.rounds.length - 1] ?? 0;
      return toCouncilDecisionDetail(written.decision, written.points, context, {
        currentRound,
        rounds: state.rounds,
      });
    });
  }

  private async read(
    manager: EntityManager,
    programmeId: string,
    municipalityId: string,
    round?: number,
  ): Promise<CouncilDecisionDetailResponse> {
    const programme = await findProgramme(manager, programmeId);
    const rounds = chooseRound(await roundsOf(manager, programmeId), round);
    const [decision] = await loadDecisions(manager, programmeId, rounds.round, municipalityId);
    if (!decision) throw councilDecisionNotFound(programmeId, municipalityId);
    const context = await loadContext(manager, programme, this.clock.today());
    // The programme's deadline is its current round's; an earlier round's is not kept.
    if (rounds.round !== rounds.currentRound) context.deadline = null;
    const points = await loadViewPoints(manager, { programmeId, councilDecisionId: decision.id });
    const currentContributions = await this.contributions.currentAmounts(programmeId);
    return toCouncilDecisionDetail(
      decision,
      points,
      { ...context, currentContributions },
      { currentRound: rounds.currentRound, rounds: rounds.rounds },
    );
  }
}

function auditView(decision: CouncilDecisionEntity, points: ViewPointEntity[]) {
  return {
    status: decision.status,
    councilMeetingDate: decision.councilMeetingDate,
    decisionDate: decision.decisionDate,
    decisionReference: decision.decisionReference,
    decisionUrl: decision.decisionUrl,
    declinedAssignmentIds: decision.declinedAssignmentIds,
    viewPoints: points.map((p) => ({
      number: p.number,
      text: p.text,
      assignmentId: p.assignmentId,
    })),
  };
}
