import type { FieldError } from '@koers/contracts';
import { courseExplanationMissing, overspendExplanationMissing } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from '../../common/koers-error';
import {
  AssignmentBudgetLineEntity,
  AssignmentCapacityLineEntity,
  AssignmentKpiEntity,
} from '../assignments/assignment-parts.entity';
import { ProgressReportContentDto } from './dto/progress-report-request.dto';
import {
  ProgressReportCapacityEntity,
  ProgressReportKpiValueEntity,
  ProgressReportMilestoneEntity,
  ProgressReportMoneyEntity,
  ProgressReportRiskEntity,
} from './progress-report.entity';

/** The assignment's own lines and KPIs, which a report may name and no others. */
export interface AssignmentLines {
  budgetLines: AssignmentBudgetLineEntity[];
  capacityLines: AssignmentCapacityLineEntity[];
  kpis: AssignmentKpiEntity[];
}

export async function assignmentLines(
  manager: EntityManager,
  assignmentId: string,
): Promise<AssignmentLines> {
  const order = { position: 'ASC' } as const;
  const [budgetLines, capacityLines, kpis] = await Promise.all([
    manager.find(AssignmentBudgetLineEntity, { where: { assignmentId }, order }),
    manager.find(AssignmentCapacityLineEntity, { where: { assignmentId }, order }),
    manager.find(AssignmentKpiEntity, { where: { assignmentId }, order }),
  ]);
  return { budgetLines, capacityLines, kpis };
}

function duplicates<T>(items: T[], key: (item: T) => string, field: string): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const k = key(item).toLowerCase();
    if (seen.has(k)) return [{ field: `${field}.${i}`, message: 'staat al eerder in de lijst' }];
    seen.add(k);
    return [];
  });
}

/**
 * Everything a report's content must satisfy beyond its shape, each problem naming its field: an
 * explanation when not on course, lines and KPIs of this assignment only (once each), spending
 * above a line's budget with an explanation, and a capacity line as FTE or hours.
 */
export function contentProblems(
  body: ProgressReportContentDto,
  lines: AssignmentLines,
): FieldError[] {
  const errors: FieldError[] = [];
  if (courseExplanationMissing(body.course, body.courseExplanation)) {
    errors.push({
      field: 'courseExplanation',
      message: 'is verplicht als de opdracht niet op koers is',
    });
  }
  const budget = new Map(lines.budgetLines.map((l) => [l.id, l]));
  body.money.forEach((m, i) => {
    const line = budget.get(m.budgetLineId.toLowerCase());
    if (!line) {
      errors.push({
        field: `money.${i}.budgetLineId`,
        message: 'is geen begrotingsregel van deze opdracht',
      });
    } else if (
      overspendExplanationMissing({
        budgetCents: line.amountCents,
        spentCents: m.spentCents,
        explanation: m.explanation,
      })
    ) {
      errors.push({
        field: `money.${i}.explanation`,
        message: 'is verplicht: er is meer uitgegeven dan begroot',
      });
    }
  });
  const capacity = new Set(lines.capacityLines.map((l) => l.id));
  body.capacity.forEach((c, i) => {
    if (!capacity.has(c.capacityLineId.toLowerCase())) {
      errors.push({
        field: `capacity.${i}.capacityLineId`,
        message: 'is geen capaciteitsregel van deze opdracht',
      });
    }
    if ((c.fte === null) === (c.hours === null)) {
      errors.push({ field: `capacity.${i}.fte`, message: 'geef fte of uren op, niet allebei' });
    }
  });
  const kpis = new Set(lines.kpis.map((k) => k.id));
  body.kpiValues.forEach((v, i) => {
    if (!kpis.has(v.kpiId.toLowerCase())) {
      errors.push({ field: `kpiValues.${i}.kpiId`, message: 'is geen KPI van deze opdracht' });
    }
  });
  return [
    ...errors,
    ...duplicates(body.money, (m) => m.budgetLineId, 'money'),
    ...duplicates(body.capacity, (c) => c.capacityLineId, 'capacity'),
  ];
}

export function checkContent(body: ProgressReportContentDto, lines: AssignmentLines): void {
  const errors = contentProblems(body, lines);
  if (errors.length > 0) throw new ValidationFailedError(errors);
}

/** Replaces the report's lines with those of the body, in the caller's transaction. */
export async function replaceLines(
  manager: EntityManager,
  report: { id: string; regionId: string },
  body: ProgressReportContentDto,
): Promise<void> {
  const reportId = report.id;
  const regionId = report.regionId;
  for (const target of [
    ProgressReportMilestoneEntity,
    ProgressReportMoneyEntity,
    ProgressReportCapacityEntity,
    ProgressReportKpiValueEntity,
    ProgressReportRiskEntity,
  ]) {
    await manager.delete(target, { reportId });
  }
  const at = <T extends object>(rows: T[]) =>
    rows.map((row, position) => ({ ...row, reportId, regionId, position }));
  if (body.milestones.length > 0) {
    await manager.insert(
      ProgressReportMilestoneEntity,
      at(
        body.milestones.map((m) => ({
          title: m.title.trim(),
          plannedOn: m.plannedOn,
          doneOn: m.doneOn,
        })),
      ),
    );
  }
  if (body.money.length > 0) {
    await manager.insert(
      ProgressReportMoneyEntity,
      at(
        body.money.map((m) => ({
          budgetLineId: m.budgetLineId.toLowerCase(),
          committedCents: m.committedCents,
          spentCents: m.spentCents,
          explanation: m.explanation.trim(),
        })),
      ),
    );
  }
  if (body.capacity.length > 0) {
    await manager.insert(
      ProgressReportCapacityEntity,
      at(
        body.capacity.map((c) => ({
          capacityLineId: c.capacityLineId.toLowerCase(),
          fte: c.fte,
          hours: c.hours,
        })),
      ),
    );
  }
  if (body.kpiValues.length > 0) {
    await manager.insert(
      ProgressReportKpiValueEntity,
      at(
        body.kpiValues.map((v) => ({
          kpiId: v.kpiId.toLowerCase(),
          value: v.value.trim(),
          measuredOn: v.measuredOn,
          source: v.source.trim(),
        })),
      ),
    );
  }
  if (body.risks.length > 0) {
    await manager.insert(
      ProgressReportRiskEntity,
      at(
        body.risks.map((r) => ({
          description: r.description.trim(),
          likelihood: r.likelihood,
          impact: r.impact,
          measure: r.measure.trim(),
        })),
      ),
    );
  }
}

/** The report as the audit trail keeps it: its fields and its lines as written. */
export function auditView(
  report: { state: string; course: string; courseExplanation: string; delivered: string },
  body: ProgressReportContentDto | null,
): Record<string, unknown> {
  return {
    state: report.state,
    course: report.course,
    courseExplanation: report.courseExplanation,
    delivered: report.delivered,
    ...(body
      ? {
          milestones: body.milestones,
          money: body.money,
          capacity: body.capacity,
          kpiValues: body.kpiValues,
          risks: body.risks,
        }
      : {}),
  };
}
