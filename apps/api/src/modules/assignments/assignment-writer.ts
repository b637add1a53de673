import type { FieldError } from '@koers/contracts';
import { checkLinePayers } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import { assertIdsInRegion, eachId, IdReference } from '../../common/region-ids';
import { UpdateAssignmentDto } from './dto/assignment-request.dto';
import {
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
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
  // An extra contribution names who pays it and how, on every create or edit (issue 12).
  body.budgetLines?.forEach((line, i) => {
    for (const problem of checkLinePayers(line)) {
      errors.push({ field: `budgetLines.${i}.${problem.field}`, message: problem.message });
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
    ...(body.budgetLines ?? []).flatMap((line, i) =>
      eachId(
        `budgetLines.${i}.payers`,
        'municipalities',
        (line.payers ?? []).map((p) => p.municipalityId),
      ).map((ref) => ({ ...ref, field: `${ref.field}.municipalityId` })),
    ),
    ...eachId('linkedAssignmentIds', 'assignments', body.linkedAssignmentIds),
    ...eachId('externalProgrammeIds', 'external_programmes', body.externalProgrammeIds),
  ];
  await assertIdsInRegion(manager, regionId, references);
}

const PART_LISTS = [
  'budgetLines',
  'capacityLines',
  'kpis',
  'participantIds',
  'linkedAssignmentIds',
  'externalProgrammeIds',
] as const;

/** Whether the body replaces any list of rows the assignment owns. */
export function ownsParts(body: AssignmentParts): boolean {
  return PART_LISTS.some((list) => body[list] !== undefined);
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
    // Deleting the lines deletes their payers (ON DELETE CASCADE).
    await manager.delete(AssignmentBudgetLineEntity, { assignmentId });
    await insertBudgetLines(manager, owned, body.budgetLines);
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

/**
 * The lines in order, each extra contribution with its payers. A line copied without payers (an
 * extra contribution stored before payers existed) stays without: still `needsPayers`.
 */
async function insertBudgetLines(
  manager: EntityManager,
  owned: { assignmentId: string; regionId: string },
  lines: NonNullable<AssignmentParts['budgetLines']>,
): Promise<void> {
  if (lines.length === 0) return;
  const named = (line: (typeof lines)[number]) =>
    line.fundingSource === 'extra_member_contribution' && !!line.payers?.length;
  const inserted = await manager.insert(
    AssignmentBudgetLineEntity,
    lines.map((line, position) => ({
      ...owned,
      fundingSource: line.fundingSource,
      sourceName: line.sourceName ?? '',
      year: line.year,
      amountCents: line.amountCents,
      payerSplit: named(line) ? (line.payerSplit ?? 'equal') : null,
      position,
    })),
  );
  const payers = lines.flatMap((line, i) =>
    named(line)
      ? line.payers!.map((payer, position) => ({
          budgetLineId: (inserted.identifiers[i] as { id: string }).id,
          municipalityId: payer.municipalityId.toLowerCase(),
          regionId: owned.regionId,
          amountCents: line.payerSplit === 'fixed_amounts' ? (payer.amountCents ?? 0) : null,
          position,
        }))
      : [],
  );
  await insertAll(manager, AssignmentBudgetLinePayerEntity, payers);
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
