import type {
  AssignmentResponse,
  AssignmentSummary,
  BudgetLinePayer,
  BudgetLineResponse,
} from '@koers/contracts';
import { AssignmentEntity } from './assignment.entity';
import {
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
  AssignmentCapacityLineEntity,
  AssignmentKpiEntity,
} from './assignment-parts.entity';

/** An assignment with everything it owns, as loaded by the service. */
export interface AssignmentAggregate {
  assignment: AssignmentEntity;
  budgetLines: AssignmentBudgetLineEntity[];
  /** The payers of its extra contribution lines (any order). */
  budgetLinePayers: AssignmentBudgetLinePayerEntity[];
  capacityLines: AssignmentCapacityLineEntity[];
  kpis: AssignmentKpiEntity[];
  participantIds: string[];
  linkedAssignmentIds: string[];
  externalProgrammeIds: string[];
}

/** Adds cents exactly; throws when the sum is no longer a safe integer. */
export function sumCents(amounts: number[]): number {
  const total = amounts.reduce((sum, amount) => sum + BigInt(amount), 0n);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('Budget total too large');
  return Number(total);
}

export interface AssignmentSums {
  budgetTotalCents: number;
  fteTotal: number;
  hoursTotal: number;
}

/** The columns of an assignment that its summary shows. */
export type AssignmentSummaryFields = Pick<
  AssignmentEntity,
  | 'id'
  | 'programmeId'
  | 'themeId'
  | 'code'
  | 'title'
  | 'status'
  | 'priority'
  | 'participation'
  | 'portfolioHolderId'
  | 'leadId'
  | 'version'
>;

export function toAssignmentSummary(
  a: AssignmentSummaryFields,
  sums: AssignmentSums,
): AssignmentSummary {
  return {
    id: a.id,
    programmeId: a.programmeId,
    themeId: a.themeId,
    code: a.code,
    title: a.title,
    status: a.status,
    priority: a.priority,
    participation: a.participation,
    portfolioHolderId: a.portfolioHolderId,
    leadId: a.leadId,
    budgetTotalCents: sums.budgetTotalCents,
    fteTotal: sums.fteTotal,
    hoursTotal: sums.hoursTotal,
    version: a.version,
  };
}

export function toAssignmentResponse(aggregate: AssignmentAggregate): AssignmentResponse {
  const { assignment: a } = aggregate;
  const byPosition = <T extends { position: number }>(rows: T[]) =>
    [...rows].sort((x, y) => x.position - y.position);
  return {
    ...toAssignmentSummary(a, {
      budgetTotalCents: sumCents(aggregate.budgetLines.map((l) => l.amountCents)),
      // FTE has two decimals; summing in hundredths keeps 0.1 + 0.2 at 0.3.
      fteTotal:
        aggregate.capacityLines.reduce((sum, l) => sum + Math.round((l.fte ?? 0) * 100), 0) / 100,
      hoursTotal: aggregate.capacityLines.reduce((sum, l) => sum + (l.hours ?? 0), 0),
    }),
    regionId: a.regionId,
    goal: a.goal,
    results: a.results,
    risks: a.risks.map((r) => ({ description: r.description, mitigation: r.mitigation })),
    mandate: {
      scope: a.mandateScope,
      budgetCeilingCents: a.mandateBudgetCeilingCents,
      validFrom: a.mandateValidFrom,
      validUntil: a.mandateValidUntil,
      reportBackDates: a.mandateReportBackDates,
      escalation: a.mandateEscalation,
    },
    budgetLines: byPosition(aggregate.budgetLines).map((l) =>
      toBudgetLineResponse(
        l,
        byPosition(aggregate.budgetLinePayers.filter((p) => p.budgetLineId === l.id)),
      ),
    ),
    capacityLines: byPosition(aggregate.capacityLines).map((l) => ({
      supplierOrganisationId: l.supplierOrganisationId,
      supplierName: l.supplierName,
      year: l.year,
      fte: l.fte,
      hours: l.hours,
    })),
    kpis: byPosition(aggregate.kpis).map((k) => ({
      name: k.name,
      unit: k.unit,
      baseline: k.baseline,
      target: k.target,
      targetDate: k.targetDate,
      broadProsperityTheme: k.broadProsperityTheme,
    })),
    participantIds: [...aggregate.participantIds],
    linkedAssignmentIds: [...aggregate.linkedAssignmentIds],
    externalProgrammeIds: [...aggregate.externalProgrammeIds],
    contributionKey: a.contributionKey ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** A budget line with its payers; an extra contribution without any `needsPayers`. */
export function toBudgetLineResponse(
  line: Pick<
    AssignmentBudgetLineEntity,
    'fundingSource' | 'sourceName' | 'year' | 'amountCents' | 'payerSplit'
  >,
  payers: Pick<AssignmentBudgetLinePayerEntity, 'municipalityId' | 'amountCents'>[],
): BudgetLineResponse {
  const extra = line.fundingSource === 'extra_member_contribution';
  const named = extra && line.payerSplit !== null && payers.length > 0;
  return {
    fundingSource: line.fundingSource,
    sourceName: line.sourceName,
    year: line.year,
    amountCents: line.amountCents,
    payers: named
      ? payers.map((p): BudgetLinePayer => ({
          municipalityId: p.municipalityId,
          amountCents: p.amountCents,
        }))
      : null,
    payerSplit: named ? line.payerSplit : null,
    needsPayers: extra && !named,
  };
}
