import { Injectable } from '@nestjs/common';
import type { MandateDecisionResponse } from '@koers/contracts';
import { wouldPassCeiling } from '@koers/domain';
import { DataSource, EntityManager } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { ValidationFailedError } from '../../common/koers-error';
import { currentActor } from '../../common/request-context';
import { changedFields, lockAtVersion } from '../../common/version';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { assignmentNotFound } from '../assignments/assignment.errors';
import { saveAudited } from '../audit/audited-writes';
import { RegionEntity } from '../regions/region.entity';
import { MandateDecisionDto, UpdateMandateDecisionDto } from './dto/mandate-request.dto';
import { MandateDecisionEntity } from './mandate.entity';
import {
  mandateCeilingPassed,
  mandateDecisionNotFound,
  mandateDecisionVersionConflict,
} from './mandate.errors';
import { decisionAuditSubject, toMandateDecisionResponse } from './mandate.mapper';

/**
 * Decisions under a mandate. The assignment is locked for the transaction, so two decisions
 * recorded at once cannot both fit under a ceiling that holds only one of them.
 */
@Injectable()
export class MandateDecisionsService {
  constructor(private readonly dataSource: DataSource) {}

  create(assignmentId: string, body: MandateDecisionDto): Promise<MandateDecisionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await lockAssignment(manager, assignmentId);
      assertWithinTerm(assignment, body.decidedOn);
      const escalated = await this.passesCeiling(manager, assignment, body.amountCents, null);
      const author = currentActor(assignment.regionId, 'a mandate decision');
      const row = manager.create(MandateDecisionEntity, {
        regionId: assignment.regionId,
        programmeId: assignment.programmeId,
        assignmentId,
        decidedOn: body.decidedOn,
        description: body.description.trim(),
        amountCents: body.amountCents,
        decidedBy: body.decidedBy,
        minutesUrl: body.minutesUrl ?? null,
        escalated,
        recordedBy: author.name,
        recordedById: author.id,
        version: 1,
      });
      return toMandateDecisionResponse(await saveAudited(manager, row, decisionAuditSubject, null));
    });
  }

  /** Changes a decision still at `version`; a new amount is held against the ceiling again. */
  update(
    assignmentId: string,
    decisionId: string,
    version: number,
    body: UpdateMandateDecisionDto,
  ): Promise<MandateDecisionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await lockAssignment(manager, assignmentId);
      const row = await lockAtVersion(
        manager,
        MandateDecisionEntity,
        { id: decisionId, assignmentId },
        version,
        {
          notFound: () => mandateDecisionNotFound(decisionId),
          conflict: mandateDecisionVersionConflict,
        },
      );
      const before = decisionAuditSubject.view(row);
      const fields = changedFields(body);
      if (fields.decidedOn !== undefined) assertWithinTerm(assignment, fields.decidedOn);
      if (fields.amountCents !== undefined && fields.amountCents !== row.amountCents) {
        row.escalated = await this.passesCeiling(manager, assignment, fields.amountCents, row.id);
      }
      manager.merge(MandateDecisionEntity, row, {
        ...fields,
        ...(fields.description !== undefined ? { description: fields.description.trim() } : {}),
      });
      row.version = version + 1;
      return toMandateDecisionResponse(
        await saveAudited(manager, row, decisionAuditSubject, before),
      );
    });
  }

  /**
   * Whether `amountCents` passes the ceiling on top of what is used (without decision `exceptId`):
   * refused with the region's sentence when the region refuses, else true (an escalation).
   */
  private async passesCeiling(
    manager: EntityManager,
    assignment: AssignmentEntity,
    amountCents: number,
    exceptId: string | null,
  ): Promise<boolean> {
    const ceilingCents = assignment.mandateBudgetCeilingCents;
    if (ceilingCents === null) return false;
    const [{ used }]: { used: string }[] = await manager.query(
      `SELECT coalesce(sum(amount_cents), 0)::text AS used FROM mandate_decisions
        WHERE assignment_id = $1 AND NOT escalated AND ($2::uuid IS NULL OR id <> $2)`,
      [assignment.id, exceptId],
    );
    const usedCents = toSafeInteger(used);
    if (!wouldPassCeiling(ceilingCents, usedCents, amountCents)) return false;
    const region = await manager.findOneByOrFail(RegionEntity, { id: assignment.regionId });
    if (region.mandateOverrun === 'escalate') return true;
    throw mandateCeilingPassed(region.mandateOverrunSentence, {
      ceilingCents,
      usedCents,
      amountCents,
    });
  }
}

/** The assignment, locked until the transaction ends; 404 when there is none. */
export async function lockAssignment(
  manager: EntityManager,
  assignmentId: string,
): Promise<AssignmentEntity> {
  const assignment = await manager.findOne(AssignmentEntity, {
    where: { id: assignmentId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!assignment) throw assignmentNotFound(assignmentId);
  return assignment;
}

/** A decision taken before or after the mandate's term is not one under the mandate: 400. */
function assertWithinTerm(assignment: AssignmentEntity, decidedOn: string): void {
  const from = assignment.mandateValidFrom;
  const until = assignment.mandateValidUntil;
  if ((from && decidedOn < from) || (until && decidedOn > until)) {
    throw new ValidationFailedError([
      {
        field: 'decidedOn',
        message: `valt buiten de looptijd van het mandaat (${from ?? '…'} tot en met ${until ?? '…'})`,
      },
    ]);
  }
}
