import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTRIBUTION_KEYS,
  type AppliedContributionKey,
  type AssignmentContribution,
  type ContributionKey,
  type ContributionsResponse,
  type MunicipalityAssignmentShare,
  type MunicipalityContribution,
  type MunicipalitySummaryResponse,
  type SummaryAssignment,
} from '@koers/contracts';
import {
  CouncilDecisionDetailResponseDto,
  MunicipalityRefDto,
} from '../../council-decisions/dto/council-decision-response.dto';

class SurchargeDto {
  @ApiProperty({ type: [String], format: 'uuid' }) municipalityIds: string[];
  @ApiProperty({ minimum: 0, maximum: 10000 }) basisPoints: number;
}

export class AppliedContributionKeyDto implements AppliedContributionKey {
  @ApiProperty({ enum: CONTRIBUTION_KEYS }) type: ContributionKey;
  @ApiPropertyOptional() fixedShareBasisPoints?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Basis points per municipality id.',
  })
  basisPointsByMunicipality?: Record<string, number>;
  @ApiPropertyOptional({ type: SurchargeDto, nullable: true }) surcharge?: SurchargeDto | null;
  @ApiProperty({ enum: ['assignment', 'programme', 'region'] })
  source: 'assignment' | 'programme' | 'region';
}

export class AssignmentContributionDto implements AssignmentContribution {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Member and extra member contributions, in cents.' })
  amountCents: number;
  @ApiProperty({ type: AppliedContributionKeyDto }) key: AppliedContributionKeyDto;
  @ApiProperty({ type: [String], format: 'uuid' }) payerIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) declinedByIds: string[];
  @ApiProperty() splitTotalCents: number;
  @ApiProperty({ description: 'The parts sum exactly to amountCents.' }) balanced: boolean;
}

export class MunicipalityAssignmentShareDto implements MunicipalityAssignmentShare {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() amountCents: number;
}

export class MunicipalityContributionDto implements MunicipalityContribution {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() name: string;
  @ApiProperty() cbsCode: string;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty() totalCents: number;
  @ApiProperty({ type: [MunicipalityAssignmentShareDto] })
  byAssignment: MunicipalityAssignmentShareDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Euro cents per inhabitant.' })
  perInhabitantCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousYearTotalCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) differenceCents: number | null;
}

class PreviousYearDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty() totalCents: number;
}

export class ContributionsResponseDto implements ContributionsResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date' }) populationReferenceDate: string;
  @ApiProperty() totalCents: number;
  @ApiProperty({ type: [MunicipalityContributionDto] })
  municipalities: MunicipalityContributionDto[];
  @ApiProperty({ type: [AssignmentContributionDto] }) assignments: AssignmentContributionDto[];
  @ApiProperty({ type: PreviousYearDto, nullable: true }) previousYear: PreviousYearDto | null;
}

class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SummaryAssignmentDto implements SummaryAssignment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['all', 'opt_in'] }) participation: 'all' | 'opt_in';
  @ApiProperty() takesPart: boolean;
  @ApiProperty({ type: PersonRefDto, nullable: true }) portfolioHolder: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) lead: PersonRefDto | null;
  @ApiProperty() contributionCents: number;
}

class SummaryMunicipalityDto extends MunicipalityRefDto {
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
}

export class MunicipalitySummaryResponseDto implements MunicipalitySummaryResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() year: number;
  @ApiProperty() programmeStatus: string;
  @ApiProperty({ type: SummaryMunicipalityDto }) municipality: SummaryMunicipalityDto;
  @ApiProperty({ type: MunicipalityContributionDto }) contribution: MunicipalityContributionDto;
  @ApiProperty({ type: [SummaryAssignmentDto] }) assignments: SummaryAssignmentDto[];
  @ApiProperty({ type: CouncilDecisionDetailResponseDto, nullable: true })
  councilDecision: CouncilDecisionDetailResponseDto | null;
}
