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
import { municipalityAmountNow } from '../contributions/current-amount';
import { CouncilDecisionEntity, ViewPointEntity } from './council-decision.entity';
import {
  councilDecisionNotFound,
  councilDecisionVersionConflict,
  programmeNotInConsultation,
  programmeNotSentToCouncils,
} from './council-decision.errors';
import {
  findProgramme,
  loadContext,
  loadDecisions,
  loadViewPoints,
  toCouncilDecisionDetail,
  toCouncilDecisionResponse,
} from './council-decision-reader';
import { readCouncilMatrix } from './council-matrix-read';
import { chooseRound, currentRound, roundsOf } from './consultation-round';
import { checkCouncilDecision, NumberedPoint, numberedPoints } from './council-decision-rules';
import { RecordCouncilDecisionDto } from './dto/council-decision-request.dto';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

@Injectable()
export class CouncilDecisionsService {
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
    const { programme, rounds, decisions, context } = await readCouncilMatrix(
      this.dataSource.manager,
      programmeId,
      this.clock.today(),
      round,
    );
    if (decisions.length === 0) throw programmeNotSentToCouncils(programme.status);
    // Today's amounts are compared with what the councils of this round were shown.
    const currentContributions = await this.contributions.currentAmounts(programmeId);
    const items = decisions
      .map((d) => toCouncilDecisionResponse(d, { ...context, currentContributions }))
      .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
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
      today: context.today,
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
   * one transaction with its audit record.
   */
  async record(
    programmeId: string,
    municipalityId: string,
    version: number,
    body: RecordCouncilDecisionDto,
  ): Promise<CouncilDecisionDetailResponse> {
    await this.dataSource.transaction(async (manager) => {
      const programme = await findProgramme(manager, programmeId, true);
      if (programme.status !== 'consultation') throw programmeNotInConsultation(programme.status);
      const round = await currentRound(manager, programmeId);
      const [decision] = await loadDecisions(manager, programmeId, round, municipalityId);
      if (!decision) throw councilDecisionNotFound(programmeId, municipalityId);
      const assignmentRows: { id: string }[] = await manager.query(
        'SELECT id FROM assignments WHERE programme_id = $1',
        [programmeId],
      );
      const errors = checkCouncilDecision(
        body,
        programme,
        new Set(assignmentRows.map((a) => a.id)),
      );
      if (errors.length > 0) throw new ValidationFailedError(errors);

      const before = await loadViewPoints(manager, { programmeId, councilDecisionId: decision.id });
      const fields = {
        status: body.status,
        councilMeetingDate: body.councilMeetingDate ?? null,
        decisionDate: body.decisionDate ?? null,
        decisionReference: body.decisionReference ?? '',
        decisionUrl: body.decisionUrl ?? null,
        declinedAssignmentIds: (body.declinedAssignmentIds ?? []).map((id) => id.toLowerCase()),
      };
      // The row lock of this UPDATE makes a concurrent write with the same version wait, then miss.
      const result = await manager
        .createQueryBuilder()
        .update(CouncilDecisionEntity)
        .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: decision.id, version })
        .execute();
      if (!result.affected) {
        const [current] = await loadDecisions(manager, programmeId, round, municipalityId);
        throw councilDecisionVersionConflict(current.version);
      }
      const points = numberedPoints(body);
      await syncViewPoints(manager, decision, before, points);
      // What the municipality pays under this decision is kept with it, so a later change of
      // its amount is shown (then and now), never recalculated silently.
      const shown =
        body.status === 'pending'
          ? null
          : await municipalityAmountNow(manager, programmeId, municipalityId);
      await manager.update(CouncilDecisionEntity, decision.id, {
        shownTotalCents: shown?.totalCents ?? null,
        shownByAssignment: shown?.byAssignment ?? null,
        shownAt: shown ? () => 'now()' : null,
      });
      await recordAudit(manager, {
        regionId: decision.regionId,
        entity: 'council_decision',
        entityId: decision.id,
        action: 'update',
        changes: diffFields(auditView(decision, before), { ...fields, viewPoints: points }),
      });
    });
    return this.read(this.dataSource.manager, programmeId, municipalityId);
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

/**
 * Brings the stored points in line with the new list, matched by number: an unchanged text keeps
 * its answer, a changed text loses it, points no longer there are deleted.
 */
async function syncViewPoints(
  manager: EntityManager,
  decision: CouncilDecisionEntity,
  before: ViewPointEntity[],
  points: NumberedPoint[],
): Promise<void> {
  const repo = manager.getRepository(ViewPointEntity);
  const wanted = new Set(points.map((p) => p.number));
  const gone = before.filter((p) => !wanted.has(p.number)).map((p) => p.id);
  if (gone.length > 0) await repo.delete(gone);
  for (const point of points) {
    const old = before.find((p) => p.number === point.number);
    if (!old) {
      await repo.insert({
        programmeId: decision.programmeId,
        regionId: decision.regionId,
        councilDecisionId: decision.id,
        municipalityId: decision.municipalityId,
        round: decision.round,
        ...point,
      });
    } else if (old.text !== point.text) {
      await repo.update(old.id, {
        text: point.text,
        assignmentId: point.assignmentId,
        answer: null,
        outcome: null,
        resultingChange: null,
        answeredAt: null,
        answeredBy: null,
        version: () => 'version + 1',
      });
    } else if (old.assignmentId !== point.assignmentId) {
      await repo.update(old.id, { assignmentId: point.assignmentId, version: () => 'version + 1' });
    }
  }
}
