import { ApiProperty } from '@nestjs/swagger';
import {
  COUNCIL_DECISION_STATUSES,
  DEADLINE_STATES,
  OWED_REPORT_STATUSES,
  PROGRAMME_STATUSES,
  ROLE_NAMES,
  TRANSITION_REFUSAL_CODES,
  type CouncilDecisionStatus,
  type DeadlineState,
  type OwedReportStatus,
  type ProgrammeStatus,
  type ReportDue,
  type RoleName,
  type StartAccounts,
  type StartAssignment,
  type StartCouncil,
  type StartProgramme,
  type StartProgrammeReports,
  type StartRegion,
  type StartResponse,
  type TransitionRefusalCode,
} from '@koers/contracts';
import { MunicipalityRefDto } from '../../council-decisions/dto/council-decision-response.dto';
import { MandateUseDto } from '../../mandates/dto/mandate-use.dto';

export class StartRegionDto implements StartRegion {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: ROLE_NAMES, isArray: true }) roles: RoleName[];
}

export class StartNextStepDto {
  @ApiProperty({ enum: PROGRAMME_STATUSES }) to: ProgrammeStatus;
  @ApiProperty({ enum: ROLE_NAMES, isArray: true }) roles: RoleName[];
  @ApiProperty() ready: boolean;
  @ApiProperty({ enum: TRANSITION_REFUSAL_CODES, nullable: true })
  refusal: TransitionRefusalCode | null;
}

export class StartCouncilCountsDto {
  @ApiProperty({ minimum: 0 }) total: number;
  @ApiProperty({ minimum: 0 }) pending: number;
  @ApiProperty({ minimum: 0 }) dueSoon: number;
  @ApiProperty({ minimum: 0 }) overdue: number;
  @ApiProperty({ type: [MunicipalityRefDto] }) amountChanged: MunicipalityRefDto[];
}

export class StartReportPeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Najaarsrapportage 2025' }) title: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
}

export class StartProgrammeReportsDto implements StartProgrammeReports {
  @ApiProperty({ type: StartReportPeriodDto }) period: StartReportPeriodDto;
  @ApiProperty({ minimum: 0 }) missing: number;
  @ApiProperty({ minimum: 0 }) draft: number;
  @ApiProperty({ minimum: 0 }) returned: number;
  @ApiProperty({ minimum: 0 }) submitted: number;
  @ApiProperty({ minimum: 0 }) late: number;
  @ApiProperty({ minimum: 0 }) lateEarlier: number;
}

/** The progress report an assignment still owes. */
export class ReportDueDto implements ReportDue {
  @ApiProperty({ format: 'uuid' }) periodId: string;
  @ApiProperty({ example: 'Najaarsrapportage 2025' }) periodTitle: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: OWED_REPORT_STATUSES }) status: OwedReportStatus;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: String, nullable: true }) reviewComment: string | null;
}

export class StartProgrammeDto implements StartProgramme {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ minimum: 0 }) assignmentCount: number;
  @ApiProperty({ type: StartNextStepDto, nullable: true }) nextStep: StartNextStepDto | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  consultationDeadline: string | null;
  @ApiProperty({ type: Number, nullable: true }) daysLeft: number | null;
  @ApiProperty({ type: StartCouncilCountsDto, nullable: true })
  councils: StartCouncilCountsDto | null;
  @ApiProperty({ minimum: 0 }) unansweredViewPoints: number;
  @ApiProperty({ type: StartProgrammeReportsDto, nullable: true })
  reports: StartProgrammeReportsDto | null;
  @ApiProperty() awaitsBoard: boolean;
}

export class StartCouncilProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline: string | null;
  @ApiProperty({ type: Number, nullable: true }) daysLeft: number | null;
  @ApiProperty({ enum: DEADLINE_STATES, nullable: true }) deadlineState: DeadlineState | null;
  @ApiProperty({ enum: COUNCIL_DECISION_STATUSES, nullable: true })
  decisionStatus: CouncilDecisionStatus | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) totalCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousYearTotalCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) differenceCents: number | null;
  @ApiProperty() hasResponseMemo: boolean;
}

export class StartCouncilDto implements StartCouncil {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ type: MunicipalityRefDto }) municipality: MunicipalityRefDto;
  @ApiProperty({ type: StartCouncilProgrammeDto, nullable: true })
  programme: StartCouncilProgrammeDto | null;
}

export class StartAssignmentDto implements StartAssignment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: MandateUseDto }) mandate: MandateUseDto;
  @ApiProperty({ type: ReportDueDto, nullable: true }) reportDue: ReportDueDto | null;
}

export class StartAccountsDto implements StartAccounts {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ minimum: 0 }) openInvitations: number;
  @ApiProperty({ minimum: 0 }) deactivated: number;
}

export class StartResponseDto implements StartResponse {
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty({ type: [StartRegionDto] }) regions: StartRegionDto[];
  @ApiProperty({ type: [StartProgrammeDto] }) programmes: StartProgrammeDto[];
  @ApiProperty({ type: [StartCouncilDto] }) councils: StartCouncilDto[];
  @ApiProperty({ type: [StartAssignmentDto] }) assignments: StartAssignmentDto[];
  @ApiProperty({ type: [StartAccountsDto] }) accounts: StartAccountsDto[];
}
