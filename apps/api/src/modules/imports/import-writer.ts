import { EntityManager } from 'typeorm';
import { currentActor } from '../../common/request-context';
import { diffFields } from '../audit/audit-trail';
import { AuditRecordEntity } from '../audit/audit-record.entity';
import { AssignmentEntity } from '../assignments/assignment.entity';
import {
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
  AssignmentCapacityLineEntity,
  AssignmentParticipantEntity,
} from '../assignments/assignment-parts.entity';
import type { ImportedAssignment, PlannedAssignment } from './import-plan';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters for every table here. */
const CHUNK = 500;

async function insertChunked<E extends object>(
  manager: EntityManager,
  entity: new () => E,
  rows: Partial<E>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const result = await manager.insert(entity, rows.slice(i, i + CHUNK) as never);
    ids.push(...result.identifiers.map((row) => (row as { id?: string })?.id ?? ''));
  }
  return ids;
}

/** The columns of the assignment row an import sets: only those its file had. */
function scalars(body: ImportedAssignment): Partial<AssignmentEntity> {
  const row: Partial<AssignmentEntity> = {
    themeId: body.themeId,
    code: body.code,
    title: body.title,
  };
  if (body.goal !== undefined) row.goal = body.goal;
  if (body.results !== undefined) row.results = body.results;
  if (body.portfolioHolderId !== undefined) row.portfolioHolderId = body.portfolioHolderId;
  if (body.leadId !== undefined) row.leadId = body.leadId;
  if (body.status !== undefined) row.status = body.status;
  if (body.priority !== undefined) row.priority = body.priority;
  if (body.participation !== undefined) row.participation = body.participation;
  const m = body.mandate;
  if (m?.scope !== undefined) row.mandateScope = m.scope;
  if (m?.budgetCeilingCents !== undefined) row.mandateBudgetCeilingCents = m.budgetCeilingCents;
  if (m?.validFrom !== undefined) row.mandateValidFrom = m.validFrom;
  if (m?.validUntil !== undefined) row.mandateValidUntil = m.validUntil;
  return row;
}

/**
 * Writes a checked plan inside the caller's transaction, in a few statements per table rather
 * than a few per assignment: new assignments are inserted, existing ones (same code) updated
 * (their version moves on, so an open form gets a 409), and the lists the file has columns for
 * replaced. Each assignment gets its audit record, the file named as the reason.
 */
export async function writeImport(
  manager: EntityManager,
  programmeId: string,
  regionId: string,
  plan: PlannedAssignment[],
  reason: string,
): Promise<void> {
  const creates = plan.filter((p) => !p.existingId);
  const createdIds = await insertChunked(
    manager,
    AssignmentEntity,
    creates.map((p) => ({ ...scalars(p.body), programmeId, regionId })),
  );
  creates.forEach((p, i) => (p.existingId = createdIds[i]));
  const updates = plan.filter((p) => !creates.includes(p));
  for (const p of updates) {
    await manager
      .createQueryBuilder()
      .update(AssignmentEntity)
      .set({ ...scalars(p.body), version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: p.existingId })
      .execute();
  }
  const ids = (pick: (p: PlannedAssignment) => unknown) =>
    plan.filter((p) => pick(p) !== undefined).map((p) => p.existingId as string);
  const replaced = {
    budget: ids((p) => p.body.budgetLines),
    capacity: ids((p) => p.body.capacityLines),
    participants: ids((p) => p.body.participantIds),
  };
  // Deleting budget lines deletes their payers (ON DELETE CASCADE).
  for (const [table, list] of [
    ['assignment_budget_lines', replaced.budget],
    ['assignment_capacity_lines', replaced.capacity],
    ['assignment_participants', replaced.participants],
  ] as const) {
    if (list.length > 0) {
      await manager.query(`DELETE FROM ${table} WHERE assignment_id = ANY($1::uuid[])`, [list]);
    }
  }
  await insertLines(manager, regionId, plan);
  const actor = currentActor(regionId, 'import assignments');
  await insertChunked(
    manager,
    AuditRecordEntity,
    plan.map((p) => ({
      regionId,
      entity: 'assignment',
      entityId: p.existingId as string,
      action: creates.includes(p) ? ('create' as const) : ('update' as const),
      changes: diffFields(null, { ...p.body }),
      reason,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role ?? null,
    })),
  );
}

async function insertLines(
  manager: EntityManager,
  regionId: string,
  plan: PlannedAssignment[],
): Promise<void> {
  const budget = plan.flatMap((p) =>
    (p.body.budgetLines ?? []).map((line, position) => ({
      assignmentId: p.existingId!,
      line,
      position,
    })),
  );
  const budgetIds = await insertChunked(
    manager,
    AssignmentBudgetLineEntity,
    budget.map(({ assignmentId, line, position }) => ({
      assignmentId,
      regionId,
      fundingSource: line.fundingSource,
      sourceName: line.sourceName,
      year: line.year,
      amountCents: line.amountCents,
      payerSplit: line.payers?.length ? (line.payerSplit ?? 'equal') : null,
      position,
    })),
  );
  await insertChunked(
    manager,
    AssignmentBudgetLinePayerEntity,
    budget.flatMap(({ line }, i) =>
      (line.payers ?? []).map((payer, position) => ({
        budgetLineId: budgetIds[i],
        municipalityId: payer.municipalityId,
        regionId,
        amountCents: null,
        position,
      })),
    ),
  );
  await insertChunked(
    manager,
    AssignmentCapacityLineEntity,
    plan.flatMap((p) =>
      (p.body.capacityLines ?? []).map((line, position) => ({
        ...line,
        assignmentId: p.existingId!,
        regionId,
        position,
      })),
    ),
  );
  await insertChunked(
    manager,
    AssignmentParticipantEntity,
    plan.flatMap((p) =>
      (p.body.participantIds ?? []).map((municipalityId) => ({
        assignmentId: p.existingId!,
        regionId,
        municipalityId,
      })),
    ),
  );
}
