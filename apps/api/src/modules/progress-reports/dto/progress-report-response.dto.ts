import { ApiProperty } from '@nestjs/swagger';
import type {
  AssignmentProgressResponse,
  ProgressOverviewAssignment,
  ProgressOverviewPeriod,
  ProgressOverviewResponse,
  ProgressReportResponse,
  ReportableBudgetLine,
  ReportableCapacityLine,
  ReportableKpi,
  ReportCapacityLineResponse,
  ReportKpiValueResponse,
  ReportMilestoneResponse,
  ReportMoneyLineResponse,
  ReportRiskResponse,
} from '@koers/contracts';
import { FUNDING_SOURCES, FundingSource } from '@koers/contracts';
import {
  PROGRESS_COURSES,
  PROGRESS_REPORT_STATES,
  ProgressCourse,
  ProgressReportState,
  REPORT_STATUSES_IN_OVERVIEW,
  ReportStatusInOverview,
  RISK_LEVELS,
  RiskLevel,
} from '@koers/domain';
import { ReportingPeriodResponseDto } from '../../reporting-periods/dto/reporting-calendar.dto';

const NULLABLE_DATE = { type: String, format: 'date', nullable: true } as const;
const NULLABLE_TIME = { type: String, format: 'date-time', nullable: true } as const;
const NULLABLE_NUMBER = { type: Number, nullable: true } as const;

export class ReportMilestoneResponseDto implements ReportMilestoneResponse {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) plannedOn: string;
  @ApiProperty(NULLABLE_DATE) doneOn: string | null;
  @ApiProperty({ description: 'Done after the plan, or not done and the planned day passed.' })
  late: boolean;
}

export class ReportMoneyLineResponseDto implements ReportMoneyLineResponse {
  @ApiProperty({ format: 'uuid' }) budgetLineId: string;
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() sourceName: string;
  @ApiProperty() year: number;
  @ApiProperty() budgetCents: number;
  @ApiProperty() committedCents: number;
  @ApiProperty() spentCents: number;
  @ApiProperty({ description: 'Budget minus spent; negative when overspent.' })
  remainingCents: number;
  @ApiProperty() overBudget: boolean;
  @ApiProperty() explanation: string;
}

export class ReportCapacityLineResponseDto implements ReportCapacityLineResponse {
  @ApiProperty({ format: 'uuid' }) capacityLineId: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() year: number;
  @ApiProperty(NULLABLE_NUMBER) pledgedFte: number | null;
  @ApiProperty(NULLABLE_NUMBER) pledgedHours: number | null;
  @ApiProperty(NULLABLE_NUMBER) fte: number | null;
  @ApiProperty(NULLABLE_NUMBER) hours: number | null;
}

export class ReportKpiValueResponseDto implements ReportKpiValueResponse {
  @ApiProperty({ format: 'uuid' }) kpiId: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty() baseline: string;
  @ApiProperty() target: string;
  @ApiProperty() value: string;
  @ApiProperty({ format: 'date' }) measuredOn: string;
  @ApiProperty() source: string;
}

export class ReportRiskResponseDto implements ReportRiskResponse {
  @ApiProperty() description: string;
  @ApiProperty({ enum: RISK_LEVELS }) likelihood: RiskLevel;
  @ApiProperty({ enum: RISK_LEVELS }) impact: RiskLevel;
  @ApiProperty() measure: string;
}

export class ProgressReportResponseDto implements ProgressReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty() periodTitle: string;
  @ApiProperty({ enum: PROGRESS_REPORT_STATES }) state: ProgressReportState;
  @ApiProperty({ enum: PROGRESS_COURSES }) course: ProgressCourse;
  @ApiProperty() courseExplanation: string;
  @ApiProperty() delivered: string;
  @ApiProperty({ type: String, nullable: true }) reviewComment: string | null;
  @ApiProperty(NULLABLE_TIME) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedBy: string | null;
  @ApiProperty(NULLABLE_TIME) reviewedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty({ description: 'Send it back with a change.' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [ReportMilestoneResponseDto] }) milestones: ReportMilestoneResponseDto[];
  @ApiProperty({ type: [ReportMoneyLineResponseDto] }) money: ReportMoneyLineResponseDto[];
  @ApiProperty({ type: [ReportCapacityLineResponseDto] })
  capacity: ReportCapacityLineResponseDto[];
  @ApiProperty({ type: [ReportKpiValueResponseDto] }) kpiValues: ReportKpiValueResponseDto[];
  @ApiProperty({ type: [ReportRiskResponseDto] }) risks: ReportRiskResponseDto[];
}

export class ReportableBudgetLineDto implements ReportableBudgetLine {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() sourceName: string;
  @ApiProperty() year: number;
  @ApiProperty() amountCents: number;
}

export class ReportableCapacityLineDto implements ReportableCapacityLine {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() supplierName: string;
  @ApiProperty() year: number;
  @ApiProperty(NULLABLE_NUMBER) fte: number | null;
  @ApiProperty(NULLABLE_NUMBER) hours: number | null;
}

export class ReportableKpiDto implements ReportableKpi {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty() baseline: string;
  @ApiProperty() target: string;
}

export class PeriodReportDto {
  @ApiProperty({ type: ReportingPeriodResponseDto }) period: ReportingPeriodResponseDto;
  @ApiProperty({ type: ProgressReportResponseDto, nullable: true })
  report: ProgressReportResponseDto | null;
}

export class AssignmentProgressResponseDto implements AssignmentProgressResponse {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeYear: number;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ description: "Whether the signed-in user may write this assignment's reports." })
  mayWrite: boolean;
  @ApiProperty({ description: 'Whether the signed-in user may accept or return them (bureau).' })
  mayReview: boolean;
  @ApiProperty({ type: [ReportableBudgetLineDto] }) budgetLines: ReportableBudgetLineDto[];
  @ApiProperty({ type: [ReportableCapacityLineDto] }) capacityLines: ReportableCapacityLineDto[];
  @ApiProperty({ type: [ReportableKpiDto] }) kpis: ReportableKpiDto[];
  @ApiProperty({ type: [PeriodReportDto] }) periods: PeriodReportDto[];
}

class OverviewCountsDto {
  @ApiProperty() missing: number;
  @ApiProperty() draft: number;
  @ApiProperty() submitted: number;
  @ApiProperty() returned: number;
  @ApiProperty() accepted: number;
  @ApiProperty() late: number;
}

export class ProgressOverviewAssignmentDto implements ProgressOverviewAssignment {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) portfolioHolderName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reportId: string | null;
  @ApiProperty({ enum: REPORT_STATUSES_IN_OVERVIEW }) status: ReportStatusInOverview;
  @ApiProperty({ enum: PROGRESS_COURSES, nullable: true }) course: ProgressCourse | null;
  @ApiProperty() late: boolean;
}

export class ProgressOverviewPeriodDto implements ProgressOverviewPeriod {
  @ApiProperty({ type: ReportingPeriodResponseDto }) period: ReportingPeriodResponseDto;
  @ApiProperty({ type: OverviewCountsDto }) counts: OverviewCountsDto;
  @ApiProperty({ type: [ProgressOverviewAssignmentDto] })
  assignments: ProgressOverviewAssignmentDto[];
}

export class ProgressOverviewResponseDto implements ProgressOverviewResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: [ProgressOverviewPeriodDto] }) periods: ProgressOverviewPeriodDto[];
}
