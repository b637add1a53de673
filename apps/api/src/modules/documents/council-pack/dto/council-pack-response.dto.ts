import { ApiProperty } from '@nestjs/swagger';
import {
  COUNCIL_PACK_CHANGES,
  GOVERNANCE_MODES,
  POPULATION_STATUSES,
  PROGRAMME_STATUSES,
  type CouncilPackAssignment,
  type CouncilPackChange,
  type CouncilPackContact,
  type CouncilPackEndedAssignment,
  type CouncilPackResponse,
  type GovernanceMode,
  type MoneyWarning,
  type PopulationStatus,
  type ProgrammeStatus,
} from '@koers/contracts';
import { MunicipalityContributionDto } from '../../../contributions/dto/contribution-response.dto';
import {
  ApiMoneyWarningModels,
  MONEY_WARNINGS_PROPERTY,
} from '../../../contributions/dto/money-warning.dto';
import {
  CouncilDecisionDetailResponseDto,
  MunicipalityRefDto,
} from '../../../council-decisions/dto/council-decision-response.dto';

class PackProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty() introduction: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) sentToCouncilsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  consultationDeadline: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) adoptedOn: string | null;
  @ApiProperty({ format: 'date' }) populationReferenceDate: string;
  @ApiProperty() viewWindowWeeks: number;
}

class PackRegionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: GOVERNANCE_MODES }) governanceMode: GovernanceMode;
}

class PackMunicipalityDto extends MunicipalityRefDto {
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) populationDate: string | null;
  @ApiProperty({ enum: POPULATION_STATUSES }) populationStatus: PopulationStatus;
}

class PackAssignmentDto implements CouncilPackAssignment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty() goal: string;
  @ApiProperty({ enum: ['all', 'opt_in'] }) participation: 'all' | 'opt_in';
  @ApiProperty() participates: boolean;
  @ApiProperty() takesPart: boolean;
  @ApiProperty({ type: Number, nullable: true }) contributionCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousYearCents: number | null;
  @ApiProperty({ enum: COUNCIL_PACK_CHANGES, nullable: true }) change: CouncilPackChange | null;
}

class PackEndedAssignmentDto implements CouncilPackEndedAssignment {
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: Number, nullable: true }) previousYearCents: number | null;
}

class PackPreviousYearDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
}

class PackContactDto implements CouncilPackContact {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
}

@ApiMoneyWarningModels()
export class CouncilPackResponseDto implements CouncilPackResponse {
  @ApiProperty({ type: PackProgrammeDto }) programme: PackProgrammeDto;
  @ApiProperty({ type: PackRegionDto }) region: PackRegionDto;
  @ApiProperty({ type: PackMunicipalityDto }) municipality: PackMunicipalityDto;
  @ApiProperty({ type: MunicipalityContributionDto, nullable: true })
  contribution: MunicipalityContributionDto | null;
  @ApiProperty({ type: String, nullable: true }) contributionUnavailable: string | null;
  @ApiProperty({ type: [PackAssignmentDto] }) assignments: PackAssignmentDto[];
  @ApiProperty({ type: PackPreviousYearDto, nullable: true })
  previousYear: PackPreviousYearDto | null;
  @ApiProperty({ type: [PackEndedAssignmentDto] }) endedAssignments: PackEndedAssignmentDto[];
  @ApiProperty({ type: CouncilDecisionDetailResponseDto, nullable: true })
  councilDecision: CouncilDecisionDetailResponseDto | null;
  @ApiProperty({ type: [PackContactDto] }) contacts: PackContactDto[];
  @ApiProperty(MONEY_WARNINGS_PROPERTY) warnings: MoneyWarning[];
}
