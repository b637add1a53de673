import type { FieldError } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { assertIdsInRegion, eachId, IdReference } from '../../common/region-ids';
import { UpdateAssignmentDto } from './dto/assignment-request.dto';
import {
  AssignmentBudgetLineEntity,
  AssignmentCapacityLineEntity,
  AssignmentExternalProgrammeEntity,
  AssignmentKpiEntity,
  AssignmentLinkEntity,
  AssignmentParticipantEntity,
} from './assignment-parts.entity';

/** The parts of a create or update body that refer to other rows or own child rows. */
type AssignmentParts = Omit<UpdateAssignmentDto, 'version' | 'code' | 'title'>;

/** Rules that class-validator cannot express on one field; each error names its field. */
export function checkAssignmentRules(body: AssignmentParts): void {
  const errors: FieldError[] = [];
  body.capacityLines?.forEach((line, i) => {
    if ((line.fte === null) === (line.hours === null)) {
      errors.push({
        field: `capacityLines.${i}.fte`,
        message: 'vul fte of uren in (één van beide)',
      });
    }
  });
  const { validFrom, validUntil } = body.mandate ?? {};
  if (validFrom && validUntil && validUntil < validFrom) {
    errors.push({ field: 'mandate.validUntil', message: 'ligt vóór mandate.validFrom' });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}

/** Every id the body refers to must exist in the region of the assignment. */
export async function checkAssignmentReferences(
  manager: EntityManager,
  regionId: string,
  body: AssignmentParts,
  selfId?: string,
): Promise<void> {
  if (selfId && body.linkedAssignmentIds?.includes(selfId)) {
    const index = body.linkedAssignmentIds.indexOf(selfId);
    throw new ValidationFailedError([
      {
        field: `linkedAssignmentIds.${index}`,
        message: 'een opdracht kan niet aan zichzelf gekoppeld worden',
      },
    ]);
  }
  const references: IdReference[] = [
    { field: 'themeId', table: 'themes', id: body.themeId },
    { field: 'portfolioHolderId', table: 'people', id: body.portfolioHolderId },
    { field: 'leadId', table: 'people', id: body.leadId },
    ...(body.capacityLines ?? []).map((line, i) => ({
      field: `capacityLines.${i}.supplierOrganisationId`,
      table: 'organisations' as const,
      id: line.supplierOrganisationId,
    })),
    ...eachId('participantIds', 'municipalities', body.participantIds),
    ...eachId('linkedAssignmentIds', 'assignments', body.linkedAssignmentIds),
    ...eachId('externalProgrammeIds', 'external_programmes', body.externalProgrammeIds),
  ];
  await assertIdsInRegion(manager, regionId, references);
}

/** Replaces the child rows of each list the body sends; lists left out stay as they are. */
export async function replaceAssignmentParts(
  manager: EntityManager,
  assignmentId: string,
  regionId: string,
  body: AssignmentParts,
): Promise<void> {
  const owned = { assignmentId, regionId };
  if (body.budgetLines) {
    await manager.delete(AssignmentBudgetLineEntity, { assignmentId });
    await insertAll(
      manager,
      AssignmentBudgetLineEntity,
      body.budgetLines.map((line, position) => ({ ...owned, ...line, position })),
    );
  }
  if (body.capacityLines) {
    await manager.delete(AssignmentCapacityLineEntity, { assignmentId });
    await insertAll(
      manager,
      AssignmentCapacityLineEntity,
      body.capacityLines.map((line, position) => ({ ...owned, ...line, position })),
    );
  }
  if (body.kpis) {
    await manager.delete(AssignmentKpiEntity, { assignmentId });
    await insertAll(
      manager,
      AssignmentKpiEntity,
      body.kpis.map((kpi, position) => ({ ...owned, ...kpi, position })),
    );
  }
  if (body.participantIds) {
    await manager.delete(AssignmentParticipantEntity, { assignmentId });
    await insertAll(
      manager,
      AssignmentParticipantEntity,
      uniqueIds(body.participantIds).map((municipalityId) => ({ ...owned, municipalityId })),
    );
  }
  if (body.linkedAssignmentIds) {
    await manager.delete(AssignmentLinkEntity, { assignmentId });
    await insertAll(
      manager,
      AssignmentLinkEntity,
      uniqueIds(body.linkedAssignmentIds).map((linkedAssignmentId) => ({
        ...owned,
        linkedAssignmentId,
      })),
    );
  }
  if (body.externalProgrammeIds) {
    await manager.delete(AssignmentExternalProgrammeEntity, { assignmentId });
    await insertAll(
      manager,
      AssignmentExternalProgrammeEntity,
      uniqueIds(body.externalProgrammeIds).map((externalProgrammeId) => ({
        ...owned,
        externalProgrammeId,
      })),
    );
  }
}

async function insertAll<E extends object>(
  manager: EntityManager,
  entity: new () => E,
  rows: Partial<E>[],
): Promise<void> {
  if (rows.length > 0) await manager.insert(entity, rows as never);
}

/** Ids as PostgreSQL stores them, each once (`A…` and `a…` are the same uuid). */
function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}
