import type { ProgrammeVersionResponse, ProgrammeVersionSummary } from '@koers/contracts';
import { ProgrammeVersionEntity } from './programme-version.entity';

export function toProgrammeVersionSummary(entity: ProgrammeVersionEntity): ProgrammeVersionSummary {
  return {
    number: entity.number,
    createdAt: entity.createdAt.toISOString(),
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    reason: entity.reason,
    createdBy:
      entity.createdBy === null
        ? null
        : { id: entity.createdById, name: entity.createdBy, role: entity.createdByRole },
    assignmentCount: entity.snapshot.assignments.length,
    budgetTotalCents: entity.snapshot.budgetTotalCents,
    consultationRound: entity.consultation?.round ?? null,
    amendmentCount: entity.consultation?.amendments.length ?? 0,
  };
}

export function toProgrammeVersionResponse(
  entity: ProgrammeVersionEntity,
): ProgrammeVersionResponse {
  return {
    ...toProgrammeVersionSummary(entity),
    programmeId: entity.programmeId,
    snapshot: entity.snapshot,
    consultation: entity.consultation,
  };
}
