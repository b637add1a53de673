import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNMENT_STATUSES,
  AssignmentStatus,
  COUNCIL_DECISION_STATUSES,
  CouncilDecisionStatus,
  FUNDING_SOURCES,
  FundingSource,
  GOVERNANCE_MODES,
  GovernanceMode,
  OpenAssignment,
  OpenBudgetLine,
  OpenContribution,
  OpenCouncilDecision,
  OpenProgramme,
  OpenRegion,
  PARTICIPATIONS,
  Participation,
  ProgrammeStatus,
} from '@koers/contracts';

export class OpenRegionDto implements OpenRegion {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() shortName: string;
  @ApiProperty({ enum: GOVERNANCE_MODES }) governanceMode: GovernanceMode;
  @ApiProperty({ type: [String] }) provinces: string[];
  @ApiProperty() municipalityCount: number;
  @ApiProperty() adoptedProgrammeCount: number;
}

export class OpenProgrammeDto implements OpenProgramme {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty() introduction: string;
  @ApiProperty({ enum: ['adopted', 'in_execution', 'closed'] }) status: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) adoptedOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  populationReferenceDate: string | null;
  @ApiProperty() assignmentCount: number;
  @ApiProperty({ description: 'Whole euro cents.' }) budgetTotalCents: number;
}

export class OpenAssignmentDto implements OpenAssignment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty() goal: string;
  @ApiProperty({ type: [String] }) results: string[];
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status: AssignmentStatus;
  @ApiProperty({ enum: PARTICIPATIONS }) participation: Participation;
  @ApiProperty() priority: number;
  @ApiProperty({ description: 'Whole euro cents.' }) budgetTotalCents: number;
  @ApiProperty({ type: Number, nullable: true }) mandateBudgetCeilingCents: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) mandateValidFrom: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) mandateValidUntil: string | null;
}

export class OpenBudgetLineDto implements OpenBudgetLine {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() assignmentCode: string;
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() sourceName: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Whole euro cents.' }) amountCents: number;
}

export class OpenContributionDto implements OpenContribution {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty() cbsCode: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() assignmentCode: string;
  @ApiProperty({ description: 'Whole euro cents.' }) amountCents: number;
}

export class OpenCouncilDecisionDto implements OpenCouncilDecision {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty() cbsCode: string;
  @ApiProperty({ enum: COUNCIL_DECISION_STATUSES })
  status: CouncilDecisionStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) councilMeetingDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate: string | null;
  @ApiProperty({ type: [String] }) declinedAssignmentCodes: string[];
  @ApiProperty() viewPointCount: number;
}

function pageOf<T>(item: new () => T, name: string) {
  class PageDto {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty() total: number;
    @ApiProperty() limit: number;
    @ApiProperty() offset: number;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}

export const OpenRegionPageDto = pageOf(OpenRegionDto, 'OpenRegionPage');
export const OpenProgrammePageDto = pageOf(OpenProgrammeDto, 'OpenProgrammePage');
export const OpenAssignmentPageDto = pageOf(OpenAssignmentDto, 'OpenAssignmentPage');
export const OpenBudgetLinePageDto = pageOf(OpenBudgetLineDto, 'OpenBudgetLinePage');
export const OpenContributionPageDto = pageOf(OpenContributionDto, 'OpenContributionPage');
export const OpenCouncilDecisionPageDto = pageOf(OpenCouncilDecisionDto, 'OpenCouncilDecisionPage');
