import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNMENT_STATUSES,
  AssignmentResponse,
  AssignmentStatus,
  AssignmentSummary,
  BROAD_PROSPERITY_THEMES,
  BroadProsperityTheme,
  BudgetLinePayer,
  BudgetLineResponse,
  CapacityLine,
  ContributionKeySpec,
  CopyAssignmentsResponse,
  FUNDING_SOURCES,
  FundingSource,
  Kpi,
  Mandate,
  Page,
  PAYER_SPLITS,
  PARTICIPATIONS,
  PayerSplit,
  Participation,
  Risk,
} from '@koers/contracts';
import { ContributionKeyDto } from '../../programmes/dto/contribution-key.dto';

class BudgetLinePayerResponseDto implements BudgetLinePayer {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: Number, nullable: true, description: 'fixed_amounts only.' })
  amountCents: number | null;
}

class BudgetLineResponseDto implements BudgetLineResponse {
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() sourceName: string;
  @ApiProperty() year: number;
  @ApiProperty() amountCents: number;
  @ApiProperty({ type: [BudgetLinePayerResponseDto], nullable: true })
  payers: BudgetLinePayerResponseDto[] | null;
  @ApiProperty({ enum: PAYER_SPLITS, nullable: true }) payerSplit: PayerSplit | null;
  @ApiProperty({ description: 'An extra contribution stored before payers existed.' })
  needsPayers: boolean;
}

class CapacityLineResponseDto implements CapacityLine {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierOrganisationId: string | null;
  @ApiProperty() supplierName: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true }) fte: number | null;
  @ApiProperty({ type: Number, nullable: true }) hours: number | null;
}

class KpiResponseDto implements Kpi {
  @ApiProperty() name: string;
  @ApiProperty() unit: string;
  @ApiProperty() baseline: string;
  @ApiProperty() target: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate: string | null;
  @ApiProperty({ enum: BROAD_PROSPERITY_THEMES, nullable: true })
  broadProsperityTheme: BroadProsperityTheme | null;
}

class RiskResponseDto implements Risk {
  @ApiProperty() description: string;
  @ApiProperty() mitigation: string;
}

class MandateResponseDto implements Mandate {
  @ApiProperty() scope: string;
  @ApiProperty({ type: Number, nullable: true }) budgetCeilingCents: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validFrom: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: [String], format: 'date' }) reportBackDates: string[];
  @ApiProperty() escalation: string;
}

export class AssignmentSummaryDto implements AssignmentSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: AssignmentStatus;
  @ApiProperty() priority: number;
  @ApiProperty({ enum: PARTICIPATIONS }) participation: Participation;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) portfolioHolderId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leadId: string | null;
  @ApiProperty() budgetTotalCents: number;
  @ApiProperty() fteTotal: number;
  @ApiProperty() hoursTotal: number;
  @ApiProperty() version: number;
}

export class AssignmentResponseDto extends AssignmentSummaryDto implements AssignmentResponse {
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() goal: string;
  @ApiProperty({ type: [String] }) results: string[];
  @ApiProperty({ type: [RiskResponseDto] }) risks: Risk[];
  @ApiProperty({ type: MandateResponseDto }) mandate: Mandate;
  @ApiProperty({ type: [BudgetLineResponseDto] }) budgetLines: BudgetLineResponse[];
  @ApiProperty({ type: [CapacityLineResponseDto] }) capacityLines: CapacityLine[];
  @ApiProperty({ type: [KpiResponseDto] }) kpis: Kpi[];
  @ApiProperty({ type: [String], format: 'uuid' }) participantIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) linkedAssignmentIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) externalProgrammeIds: string[];
  @ApiProperty({ type: ContributionKeyDto, nullable: true, description: "null = the programme's." })
  contributionKey: ContributionKeySpec | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AssignmentPageDto implements Page<AssignmentSummary> {
  @ApiProperty({ type: [AssignmentSummaryDto] }) items: AssignmentSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class CopyAssignmentsResponseDto implements CopyAssignmentsResponse {
  @ApiProperty({ type: [String] }) copiedCodes: string[];
  @ApiProperty({ type: [String] }) skippedCodes: string[];
}
