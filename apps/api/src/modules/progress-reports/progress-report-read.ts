import type {
  ProgressReportResponse,
  ReportCapacityLineResponse,
  ReportKpiValueResponse,
  ReportMilestoneResponse,
  ReportMoneyLineResponse,
  ReportRiskResponse,
} from '@koers/contracts';
import { isMilestoneLate, isOverBudget, remainingCents } from '@koers/domain';
import { EntityManager, In } from 'typeorm';
import { toSafeInteger } from '../../common/bigint.transformer';
import { ReportingPeriodEntity } from '../reporting-periods/reporting-period.entity';
import {
  ProgressReportEntity,
  ProgressReportMilestoneEntity,
  ProgressReportRiskEntity,
} from './progress-report.entity';

type Lines<T> = Map<string, T[]>;

function group<T extends { reportId: string }>(rows: T[]): Lines<Omit<T, 'reportId'>> {
  const byReport: Lines<Omit<T, 'reportId'>> = new Map();
  for (const { reportId, ...line } of rows) {
    const list = byReport.get(reportId) ?? [];
    list.push(line);
    byReport.set(reportId, list);
  }
  return byReport;
}

/** The lines of the reports, five queries however many reports, each with its assignment line. */
async function linesOf(manager: EntityManager, ids: string[]) {
  const [milestones, money, capacity, kpis, risks] = await Promise.all([
    manager.find(ProgressReportMilestoneEntity, {
      where: { reportId: In(ids) },
      order: { position: 'ASC' },
    }),
    manager.query<(Record<string, unknown> & { reportId: string })[]>(
      `SELECT m.report_id AS "reportId", m.budget_line_id AS "budgetLineId",
              b.funding_source AS "fundingSource", b.source_name AS "sourceName", b.year,
              b.amount_cents AS "budgetCents", m.committed_cents AS "committedCents",
              m.spent_cents AS "spentCents", m.explanation
         FROM progress_report_money m JOIN assignment_budget_lines b ON b.id = m.budget_line_id
        WHERE m.report_id = ANY($1::uuid[]) ORDER BY m.report_id, m.position`,
      [ids],
    ),
    manager.query<(Record<string, unknown> & { reportId: string })[]>(
      `SELECT c.report_id AS "reportId", c.capacity_line_id AS "capacityLineId",
              l.supplier_name AS "supplierName", l.year, l.fte AS "pledgedFte",
              l.hours AS "pledgedHours", c.fte, c.hours
         FROM progress_report_capacity c JOIN assignment_capacity_lines l ON l.id = c.capacity_line_id
        WHERE c.report_id = ANY($1::uuid[]) ORDER BY c.report_id, c.position`,
      [ids],
    ),
    manager.query<(ReportKpiValueResponse & { reportId: string })[]>(
      `SELECT v.report_id AS "reportId", v.kpi_id AS "kpiId", k.name, k.unit, k.baseline,
              k.target, v.value, to_char(v.measured_on, 'YYYY-MM-DD') AS "measuredOn", v.source
         FROM progress_report_kpi_values v JOIN assignment_kpis k ON k.id = v.kpi_id
        WHERE v.report_id = ANY($1::uuid[]) ORDER BY v.report_id, v.position`,
      [ids],
    ),
    manager.find(ProgressReportRiskEntity, {
      where: { reportId: In(ids) },
      order: { position: 'ASC' },
    }),
  ]);
  return {
    milestones: group(milestones),
    money: group(money),
    capacity: group(capacity),
    kpis: group(kpis),
    risks: group(risks),
  };
}

const toNumber = (value: unknown): number | null => (value === null ? null : Number(value));

function toMoney(row: Record<string, unknown>): ReportMoneyLineResponse {
  const budgetCents = toSafeInteger(row.budgetCents as string);
  const spentCents = toSafeInteger(row.spentCents as string);
  return {
    budgetLineId: row.budgetLineId as string,
    fundingSource: row.fundingSource as ReportMoneyLineResponse['fundingSource'],
    sourceName: row.sourceName as string,
    year: row.year as number,
    budgetCents,
    committedCents: toSafeInteger(row.committedCents as string),
    spentCents,
    remainingCents: remainingCents(budgetCents, spentCents),
    overBudget: isOverBudget(budgetCents, spentCents),
    explanation: row.explanation as string,
  };
}

function toCapacity(row: Record<string, unknown>): ReportCapacityLineResponse {
  return {
    capacityLineId: row.capacityLineId as string,
    supplierName: row.supplierName as string,
    year: row.year as number,
    pledgedFte: toNumber(row.pledgedFte),
    pledgedHours: toNumber(row.pledgedHours),
    fte: toNumber(row.fte),
    hours: toNumber(row.hours),
  };
}

/**
 * The reports as the API answers them, with their lines. A report speaks as of its period's data
 * date: a milestone not done is late when its planned day lies before that date (or before today,
 * while the period still runs).
 */
export async function readReports(
  manager: EntityManager,
  reports: ProgressReportEntity[],
  periods: ReportingPeriodEntity[],
  today: string,
): Promise<ProgressReportResponse[]> {
  if (reports.length === 0) return [];
  const lines = await linesOf(
    manager,
    reports.map((r) => r.id),
  );
  const periodById = new Map(periods.map((p) => [p.id, p]));
  return reports.map((report) => {
    const period = periodById.get(report.periodId);
    const asOf = period && period.dataUntil < today ? period.dataUntil : today;
    const milestones: ReportMilestoneResponse[] = (lines.milestones.get(report.id) ?? []).map(
      (m) => ({
        title: m.title,
        plannedOn: m.plannedOn,
        doneOn: m.doneOn,
        late: isMilestoneLate({ plannedOn: m.plannedOn, doneOn: m.doneOn, today: asOf }),
      }),
    );
    const risks: ReportRiskResponse[] = (lines.risks.get(report.id) ?? []).map((r) => ({
      description: r.description,
      likelihood: r.likelihood,
      impact: r.impact,
      measure: r.measure,
    }));
    return {
      id: report.id,
      programmeId: report.programmeId,
      assignmentId: report.assignmentId,
      periodId: report.periodId,
      periodTitle: period?.title ?? '',
      state: report.state,
      course: report.course,
      courseExplanation: report.courseExplanation,
      delivered: report.delivered,
      reviewComment: report.reviewComment,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      submittedBy: report.submittedBy,
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
      reviewedBy: report.reviewedBy,
      createdBy: report.createdBy,
      version: report.version,
      createdAt: report.createdAt.toISOString(),
      updatedAt: report.updatedAt.toISOString(),
      milestones,
      money: (lines.money.get(report.id) ?? []).map(toMoney),
      capacity: (lines.capacity.get(report.id) ?? []).map(toCapacity),
      kpiValues: lines.kpis.get(report.id) ?? [],
      risks,
    };
  });
}
