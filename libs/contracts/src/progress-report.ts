import type {
  PeriodState,
  ProgressCourse,
  ProgressReportState,
  ReportingCalendarEntry,
  ReportStatusInOverview,
  RiskLevel,
} from '@koers/domain';
import type { FundingSource } from './assignment';

/** `GET/PUT /api/regions/{regionId}/reporting-calendar`. */
export interface ReportingCalendarResponse {
  regionId: string;
  entries: ReportingCalendarEntry[];
  /** True while the region keeps the default calendar (nothing stored yet). */
  isDefault: boolean;
  /** 1 for the default; send it back with a PUT. */
  version: number;
}

export interface UpdateReportingCalendarRequest {
  entries: ReportingCalendarEntry[];
  version?: number;
}

/** A period of a programme in execution. */
export interface ReportingPeriodResponse {
  id: string;
  programmeId: string;
  position: number;
  kind: string;
  title: string;
  dataUntil: string;
  dueOn: string;
  /** For a report not yet delivered: open, due soon or overdue today. */
  state: PeriodState;
}

export interface ReportingPeriodListResponse {
  programmeId: string;
  items: ReportingPeriodResponse[];
}

export interface ReportMilestone {
  title: string;
  plannedOn: string;
  doneOn: string | null;
}

export interface ReportMoneyLine {
  budgetLineId: string;
  committedCents: number;
  spentCents: number;
  /** Required when spent is above the line's budget. */
  explanation?: string;
}

export interface ReportCapacityLine {
  capacityLineId: string;
  fte: number | null;
  hours: number | null;
}

export interface ReportKpiValue {
  kpiId: string;
  value: string;
  measuredOn: string;
  source: string;
}

export interface ReportRisk {
  description: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  measure?: string;
}

/** The whole report as written; the lines replace those stored. */
export interface ProgressReportContent {
  course: ProgressCourse;
  courseExplanation?: string;
  delivered?: string;
  milestones?: ReportMilestone[];
  money?: ReportMoneyLine[];
  capacity?: ReportCapacityLine[];
  kpiValues?: ReportKpiValue[];
  risks?: ReportRisk[];
}

/** `POST /api/assignments/{assignmentId}/progress-reports`. */
export interface CreateProgressReportRequest extends ProgressReportContent {
  periodId: string;
}

/** `PUT /api/assignments/{assignmentId}/progress-reports/{reportId}`. */
export interface UpdateProgressReportRequest extends ProgressReportContent {
  version?: number;
}

/** Submit or accept: the version read. */
export interface ReportVersionRequest {
  version?: number;
}

/** Return to the writers with the bureau's comment. */
export interface ReturnProgressReportRequest {
  comment: string;
  version?: number;
}

export interface ReportMilestoneResponse extends ReportMilestone {
  late: boolean;
}

export interface ReportMoneyLineResponse {
  budgetLineId: string;
  fundingSource: FundingSource;
  sourceName: string;
  year: number;
  budgetCents: number;
  committedCents: number;
  spentCents: number;
  /** Budget minus spent; negative when overspent. */
  remainingCents: number;
  overBudget: boolean;
  explanation: string;
}

export interface ReportCapacityLineResponse {
  capacityLineId: string;
  supplierName: string;
  year: number;
  pledgedFte: number | null;
  pledgedHours: number | null;
  fte: number | null;
  hours: number | null;
}

export interface ReportKpiValueResponse extends ReportKpiValue {
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

export interface ReportRiskResponse {
  description: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  measure: string;
}

export interface ProgressReportResponse {
  id: string;
  programmeId: string;
  assignmentId: string;
  periodId: string;
  periodTitle: string;
  state: ProgressReportState;
  course: ProgressCourse;
  courseExplanation: string;
  delivered: string;
  reviewComment: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  createdBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  milestones: ReportMilestoneResponse[];
  money: ReportMoneyLineResponse[];
  capacity: ReportCapacityLineResponse[];
  kpiValues: ReportKpiValueResponse[];
  risks: ReportRiskResponse[];
}

/** What the form offers to report on: the assignment's own lines and KPIs. */
export interface ReportableBudgetLine {
  id: string;
  fundingSource: FundingSource;
  sourceName: string;
  year: number;
  amountCents: number;
}

export interface ReportableCapacityLine {
  id: string;
  supplierName: string;
  year: number;
  fte: number | null;
  hours: number | null;
}

export interface ReportableKpi {
  id: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

/** `GET /api/assignments/{assignmentId}/progress-reports`: every period, with its report if any. */
export interface AssignmentProgressResponse {
  assignmentId: string;
  programmeId: string;
  programmeYear: number;
  code: string;
  title: string;
  regionId: string;
  /** Whether the signed-in user may write this assignment's reports. */
  mayWrite: boolean;
  /** Whether the signed-in user may accept or return them (the bureau). */
  mayReview: boolean;
  budgetLines: ReportableBudgetLine[];
  capacityLines: ReportableCapacityLine[];
  kpis: ReportableKpi[];
  periods: { period: ReportingPeriodResponse; report: ProgressReportResponse | null }[];
}

export interface ProgressOverviewAssignment {
  assignmentId: string;
  code: string;
  title: string;
  portfolioHolderName: string | null;
  reportId: string | null;
  status: ReportStatusInOverview;
  course: ProgressCourse | null;
  /** Not delivered (missing, draft or returned) after the due date. */
  late: boolean;
}

export interface ProgressOverviewPeriod {
  period: ReportingPeriodResponse;
  counts: Record<ReportStatusInOverview, number> & { late: number };
  assignments: ProgressOverviewAssignment[];
}

/** `GET /api/programmes/{programmeId}/progress-overview`. */
export interface ProgressOverviewResponse {
  programmeId: string;
  year: number;
  periods: ProgressOverviewPeriod[];
}
