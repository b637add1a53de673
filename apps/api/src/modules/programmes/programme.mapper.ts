import type {
  MoneyWarning,
  ProgrammeResponse,
  ProgrammeSummary,
  ProgrammeTotals,
} from '@koers/contracts';
import { ProgrammeEntity } from './programme.entity';

export function toProgrammeSummary(
  entity: ProgrammeEntity,
  assignmentCount: number,
): ProgrammeSummary {
  return {
    id: entity.id,
    regionId: entity.regionId,
    year: entity.year,
    title: entity.title,
    introduction: entity.introduction,
    status: entity.status,
    populationReferenceDate: entity.populationReferenceDate,
    contributionKey: entity.contributionKey ?? null,
    viewWindowWeeks: entity.viewWindowWeeks ?? null,
    sentToCouncilsOn: entity.sentToCouncilsOn ?? null,
    consultationDeadline: entity.consultationDeadline ?? null,
    adoptedOn: entity.adoptedOn ?? null,
    versionCount: entity.currentVersionNumber ?? 0,
    assignmentCount,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toProgrammeResponse(
  entity: ProgrammeEntity,
  totals: ProgrammeTotals,
  moneyWarnings: MoneyWarning[] = [],
): ProgrammeResponse {
  return { ...toProgrammeSummary(entity, totals.assignmentCount), totals, moneyWarnings };
}
