import type {
  AssignmentSnapshot,
  BudgetLine,
  CapacityLine,
  ProgrammeSnapshot,
} from '@koers/contracts';
import { EntityManager, In } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { AssignmentEntity } from '../assignments/assignment.entity';
import {
  AssignmentBudgetLineEntity,
  AssignmentBudgetLinePayerEntity,
  AssignmentCapacityLineEntity,
  AssignmentParticipantEntity,
} from '../assignments/assignment-parts.entity';
import { sumCents, toBudgetLineResponse } from '../assignments/assignment.mapper';
import { ProgrammeEntity } from '../programmes/programme.entity';

/**
 * Reads the programme and every assignment with its money, capacity, participation and mandate,
 * through the manager of the transition (so the snapshot is what the transition saw).
 */
export async function buildProgrammeSnapshot(
  manager: EntityManager,
  programme: ProgrammeEntity,
): Promise<ProgrammeSnapshot> {
  const assignments = await manager.find(AssignmentEntity, {
    where: { programmeId: programme.id },
    order: { code: 'ASC', id: 'ASC' },
  });
  const ids = assignments.map((a) => a.id);
  const themes: { id: string; title: string }[] = await manager.query(
    'SELECT id, title FROM themes WHERE region_id = $1',
    [programme.regionId],
  );
  const themeTitle = new Map(themes.map((t) => [t.id, t.title]));
  const byAssignment = <T extends { assignmentId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.assignmentId, [...(map.get(row.assignmentId) ?? []), row]);
    return map;
  };
  const where = { assignmentId: In(ids) };
  const budget = byAssignment(
    await manager.find(AssignmentBudgetLineEntity, { where, order: { position: 'ASC' } }),
  );
  const lineIds = [...budget.values()].flat().map((l) => l.id);
  const payersByLine = new Map<string, AssignmentBudgetLinePayerEntity[]>();
  for (const payer of await manager.find(AssignmentBudgetLinePayerEntity, {
    where: { budgetLineId: In(lineIds) },
    order: { position: 'ASC' },
  })) {
    payersByLine.set(payer.budgetLineId, [...(payersByLine.get(payer.budgetLineId) ?? []), payer]);
  }
  const capacity = byAssignment(
    await manager.find(AssignmentCapacityLineEntity, { where, order: { position: 'ASC' } }),
  );
  const participants = byAssignment(
    await manager.find(AssignmentParticipantEntity, { where, order: { municipalityId: 'ASC' } }),
  );
  const snapshots = assignments.map((a): AssignmentSnapshot => {
    // With its payers, so a version's split is the split it had (snapshots frozen before payers
    // existed have none: their extra lines are split by the key, as they were then).
    const budgetLines: BudgetLine[] = (budget.get(a.id) ?? []).map((l) => {
      const line = toBudgetLineResponse(
        { ...l, amountCents: toSafeInteger(l.amountCents) },
        payersByLine.get(l.id) ?? [],
      );
      return {
        fundingSource: line.fundingSource,
        sourceName: line.sourceName,
        year: line.year,
        amountCents: line.amountCents,
        payers: line.payers,
        payerSplit: line.payerSplit,
      };
    });
    const capacityLines: CapacityLine[] = (capacity.get(a.id) ?? []).map((l) => ({
      supplierOrganisationId: l.supplierOrganisationId,
      supplierName: l.supplierName,
      year: l.year,
      fte: l.fte,
      hours: l.hours,
    }));
    return {
      id: a.id,
      code: a.code,
      title: a.title,
      goal: a.goal,
      results: a.results,
      themeId: a.themeId,
      themeTitle: themeTitle.get(a.themeId) ?? '',
      status: a.status,
      participation: a.participation,
      participantIds: (participants.get(a.id) ?? []).map((p) => p.municipalityId),
      contributionKey: a.contributionKey ?? null,
      portfolioHolderId: a.portfolioHolderId,
      leadId: a.leadId,
      mandate: {
        scope: a.mandateScope,
        budgetCeilingCents: a.mandateBudgetCeilingCents,
        validFrom: a.mandateValidFrom,
        validUntil: a.mandateValidUntil,
        reportBackDates: a.mandateReportBackDates,
        escalation: a.mandateEscalation,
      },
      budgetLines,
      capacityLines,
      budgetTotalCents: sumCents(budgetLines.map((l) => l.amountCents)),
    };
  });
  return {
    programmeId: programme.id,
    regionId: programme.regionId,
    year: programme.year,
    title: programme.title,
    introduction: programme.introduction,
    populationReferenceDate: programme.populationReferenceDate,
    viewWindowWeeks: programme.viewWindowWeeks,
    contributionKey: programme.contributionKey ?? null,
    assignments: snapshots,
    budgetTotalCents: sumCents(snapshots.map((a) => a.budgetTotalCents)),
  };
}
