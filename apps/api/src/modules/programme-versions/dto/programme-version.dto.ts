import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANY_JSON } from '../../../common/openapi/any-json';
import {
  ASSIGNMENT_STATUSES,
  AssignmentSnapshot,
  PARTICIPATIONS,
  BudgetDelta,
  BudgetLine,
  CapacityLine,
  ChangedAssignment,
  ContributionDelta,
  ContributionKeySpec,
  FieldChange,
  FrozenConsultation,
  ViewPointRef,
  FUNDING_SOURCES,
  FundingSource,
  FundingSourceDelta,
  Mandate,
  PROGRAMME_STATUSES,
  ProgrammeSnapshot,
  ProgrammeStatus,
  ProgrammeVersionList,
  ProgrammeVersionResponse,
  AuditActor,
  ProgrammeVersionSummary,
  VersionDiffResponse,
} from '@koers/contracts';
import { AmendmentResponseDto, ViewPointRefDto } from '../../amendments/dto/amendment.dto';
import { AuditActorDto } from '../../audit/dto/audit.dto';
import { ViewPointResponseDto } from '../../council-decisions/dto/council-decision-response.dto';
import { ContributionKeyDto } from '../../programmes/dto/contribution-key.dto';

class FrozenConsultationDto implements FrozenConsultation {
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ type: [ViewPointResponseDto] }) viewPoints: ViewPointResponseDto[];
  @ApiProperty({ type: [AmendmentResponseDto] }) amendments: AmendmentResponseDto[];
}

export class ProgrammeVersionSummaryDto implements ProgrammeVersionSummary {
  @ApiProperty({ minimum: 1 }) number: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) fromStatus: ProgrammeStatus;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) toStatus: ProgrammeStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why the version was made.' })
  reason: string | null;
  @ApiProperty({
    type: AuditActorDto,
    nullable: true,
    description: 'Who froze it; null on versions from before Koers recorded it.',
  })
  createdBy: AuditActor | null;
  @ApiProperty() assignmentCount: number;
  @ApiProperty() budgetTotalCents: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The adopted version: the consultation round frozen with it.',
  })
  consultationRound: number | null;
  @ApiProperty({ description: 'The adopted version: the changes that followed from the views.' })
  amendmentCount: number;
}

export class ProgrammeVersionListDto implements ProgrammeVersionList {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: [ProgrammeVersionSummaryDto] }) items: ProgrammeVersionSummary[];
}

class SnapshotBudgetLineDto implements BudgetLine {
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() sourceName: string;
  @ApiProperty() year: number;
  @ApiProperty() amountCents: number;
}

class SnapshotCapacityLineDto implements CapacityLine {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierOrganisationId: string | null;
  @ApiProperty() supplierName: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: Number, nullable: true }) fte: number | null;
  @ApiProperty({ type: Number, nullable: true }) hours: number | null;
}

class SnapshotMandateDto implements Mandate {
  @ApiProperty() scope: string;
  @ApiProperty({ type: Number, nullable: true }) budgetCeilingCents: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validFrom: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validUntil: string | null;
  @ApiProperty({ type: [String] }) reportBackDates: string[];
  @ApiProperty() escalation: string;
}

export class AssignmentSnapshotDto implements AssignmentSnapshot {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() goal: string;
  @ApiProperty({ type: [String] }) results: string[];
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: AssignmentSnapshot['status'];
  @ApiProperty({ enum: PARTICIPATIONS }) participation: AssignmentSnapshot['participation'];
  @ApiProperty({ type: [String], format: 'uuid' }) participantIds: string[];
  @ApiProperty({ type: ContributionKeyDto, nullable: true })
  contributionKey: ContributionKeySpec | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) portfolioHolderId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leadId: string | null;
  @ApiProperty({ type: SnapshotMandateDto }) mandate: Mandate;
  @ApiProperty({ type: [SnapshotBudgetLineDto] }) budgetLines: BudgetLine[];
  @ApiProperty({ type: [SnapshotCapacityLineDto] }) capacityLines: CapacityLine[];
  @ApiProperty() budgetTotalCents: number;
}

class ProgrammeSnapshotDto implements ProgrammeSnapshot {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty() introduction: string;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  populationReferenceDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) viewWindowWeeks: number | null;
  @ApiProperty({ type: ContributionKeyDto, nullable: true })
  contributionKey: ContributionKeySpec | null;
  @ApiProperty({ type: [AssignmentSnapshotDto] }) assignments: AssignmentSnapshot[];
  @ApiProperty() budgetTotalCents: number;
}

export class ProgrammeVersionResponseDto
  extends ProgrammeVersionSummaryDto
  implements ProgrammeVersionResponse
{
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: ProgrammeSnapshotDto }) snapshot: ProgrammeSnapshot;
  @ApiProperty({
    type: FrozenConsultationDto,
    nullable: true,
    description:
      "The adopted version: the round's register (view points, answers, outcomes, resulting changes, amendments) as it stood at adoption.",
  })
  consultation: FrozenConsultation | null;
}

class FieldChangeDto implements FieldChange {
  @ApiProperty({ example: 'mandate.scope' }) field: string;
  @ApiProperty(ANY_JSON) old: unknown;
  @ApiProperty(ANY_JSON) new: unknown;
  @ApiPropertyOptional({
    type: [ViewPointRefDto],
    description:
      'An assignment change in an adopted version that followed from the views: the view points it answers.',
  })
  reasons?: ViewPointRef[];
}

class FundingSourceDeltaDto implements FundingSourceDelta {
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() oldCents: number;
  @ApiProperty() newCents: number;
  @ApiProperty() deltaCents: number;
}

class BudgetDeltaDto implements BudgetDelta {
  @ApiProperty({ type: [FundingSourceDeltaDto] }) bySource: FundingSourceDelta[];
  @ApiProperty() oldTotalCents: number;
  @ApiProperty() newTotalCents: number;
  @ApiProperty() deltaCents: number;
}

class ChangedAssignmentDto implements ChangedAssignment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [FieldChangeDto] }) changes: FieldChange[];
  @ApiProperty({ type: BudgetDeltaDto }) budget: BudgetDelta;
}

class ContributionDeltaDto implements ContributionDelta {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() oldCents: number;
  @ApiProperty() newCents: number;
  @ApiProperty() deltaCents: number;
}

export class VersionDiffResponseDto implements VersionDiffResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ type: ProgrammeVersionSummaryDto }) from: ProgrammeVersionSummary;
  @ApiProperty({ type: ProgrammeVersionSummaryDto }) to: ProgrammeVersionSummary;
  @ApiProperty({ type: [FieldChangeDto] }) programmeChanges: FieldChange[];
  @ApiProperty({ type: [AssignmentSnapshotDto] }) added: AssignmentSnapshot[];
  @ApiProperty({ type: [AssignmentSnapshotDto] }) removed: AssignmentSnapshot[];
  @ApiProperty({ type: [ChangedAssignmentDto] }) changed: ChangedAssignment[];
  @ApiProperty({ type: BudgetDeltaDto }) budget: BudgetDelta;
  @ApiProperty({
    type: [ContributionDeltaDto],
    nullable: true,
    description: 'Per municipality as proposed; null when a split cannot be made.',
  })
  contributions: ContributionDelta[] | null;
}
