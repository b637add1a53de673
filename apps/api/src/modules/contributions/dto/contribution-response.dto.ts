import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTRIBUTION_KEY_TYPES,
  PAYER_SPLITS,
  POPULATION_STATUSES,
  type AppliedContributionKey,
  type AssignmentContribution,
  type ContributionKeyType,
  type ContributionsResponse,
  type ExtraContributionSplit,
  type LaterYearAmount,
  type LaterYearContribution,
  type MunicipalityLaterYear,
  type PayerSplit,
  type PopulationStatus,
  type MoneyWarning,
  type MunicipalityAssignmentShare,
  type MunicipalityContribution,
  type MunicipalitySummaryResponse,
  type SummaryAssignment,
  PROGRAMME_STATUSES,
} from '@koers/contracts';
import {
  CouncilDecisionDetailResponseDto,
  MunicipalityRefDto,
} from '../../council-decisions/dto/council-decision-response.dto';
import { ApiMoneyWarningModels, MONEY_WARNINGS_PROPERTY } from './money-warning.dto';

class SurchargeDto {
  @ApiProperty({ type: [String], format: 'uuid' }) municipalityIds: string[];
  @ApiProperty({ minimum: 0, maximum: 10000 }) basisPoints: number;
}

export class AppliedContributionKeyDto implements AppliedContributionKey {
  @ApiProperty({ enum: CONTRIBUTION_KEY_TYPES }) type: ContributionKeyType;
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

class PayerShareDto {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() amountCents: number;
}

export class ExtraContributionSplitDto implements ExtraContributionSplit {
  @ApiProperty({ description: "Position in the assignment's budget lines (0-based)." })
  budgetLineIndex: number;
  @ApiProperty() sourceName: string;
  @ApiProperty() amountCents: number;
  @ApiProperty({ enum: PAYER_SPLITS, nullable: true }) payerSplit: PayerSplit | null;
  @ApiProperty({ type: [String], format: 'uuid' }) namedPayerIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) declinedByIds: string[];
  @ApiProperty({ type: [PayerShareDto] }) shares: PayerShareDto[];
  @ApiProperty({ description: 'Stored before payers existed: split by the key until edited.' })
  needsPayers: boolean;
}

class LaterYearAmountDto implements LaterYearAmount {
  @ApiProperty() year: number;
  @ApiProperty() amountCents: number;
}

export class AssignmentContributionDto implements AssignmentContribution {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: "Member and extra member contributions of the programme's year." })
  amountCents: number;
  @ApiProperty({ type: AppliedContributionKeyDto }) key: AppliedContributionKeyDto;
  @ApiProperty({ type: [String], format: 'uuid' }) payerIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) declinedByIds: string[];
  @ApiProperty() splitTotalCents: number;
  @ApiProperty({ description: 'The parts sum exactly to amountCents.' }) balanced: boolean;
  @ApiProperty({ type: [ExtraContributionSplitDto] })
  extraContributions: ExtraContributionSplitDto[];
  @ApiProperty({ type: [LaterYearAmountDto], description: 'Later years; not in amountCents.' })
  laterYears: LaterYearAmountDto[];
}

export class MunicipalityAssignmentShareDto implements MunicipalityAssignmentShare {
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() code: string;
  @ApiProperty() amountCents: number;
}

class MunicipalityLaterYearDto implements MunicipalityLaterYear {
  @ApiProperty() year: number;
  @ApiProperty() totalCents: number;
  @ApiProperty({ type: [MunicipalityAssignmentShareDto] })
  byAssignment: MunicipalityAssignmentShareDto[];
}

export class MunicipalityContributionDto implements MunicipalityContribution {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() name: string;
  @ApiProperty() cbsCode: string;
  @ApiProperty({ type: Number, nullable: true }) population: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) populationDate: string | null;
  @ApiProperty({ enum: POPULATION_STATUSES }) populationStatus: PopulationStatus;
  @ApiProperty({ description: "The programme's year only." }) totalCents: number;
  @ApiProperty({ type: [MunicipalityAssignmentShareDto] })
  byAssignment: MunicipalityAssignmentShareDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Euro cents per inhabitant.' })
  perInhabitantCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousYearTotalCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) differenceCents: number | null;
  @ApiProperty({ type: [MunicipalityLaterYearDto], description: 'Never in totalCents.' })
  laterYears: MunicipalityLaterYearDto[];
}

class PreviousYearDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty() totalCents: number;
}

class LaterYearContributionDto implements LaterYearContribution {
  @ApiProperty() year: number;
  @ApiProperty() totalCents: number;
  @ApiProperty({ type: [String], format: 'uuid' }) unsplitAssignmentIds: string[];
}

@ApiMoneyWarningModels()
export class ContributionsResponseDto implements ContributionsResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() year: number;
  @ApiProperty({ format: 'date' }) populationReferenceDate: string;
  @ApiProperty() totalCents: number;
  @ApiProperty({ type: [MunicipalityContributionDto] })
  municipalities: MunicipalityContributionDto[];
  @ApiProperty({ type: [AssignmentContributionDto] }) assignments: AssignmentContributionDto[];
  @ApiProperty({ type: PreviousYearDto, nullable: true }) previousYear: PreviousYearDto | null;
  @ApiProperty({ type: [LaterYearContributionDto], description: 'Never in totalCents.' })
  laterYears: LaterYearContributionDto[];
  @ApiProperty(MONEY_WARNINGS_PROPERTY) warnings: MoneyWarning[];
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

@ApiMoneyWarningModels()
export class MunicipalitySummaryResponseDto implements MunicipalitySummaryResponse {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) programmeStatus: string;
  @ApiProperty({ type: SummaryMunicipalityDto }) municipality: SummaryMunicipalityDto;
  @ApiProperty({ type: MunicipalityContributionDto }) contribution: MunicipalityContributionDto;
  @ApiProperty({ type: [SummaryAssignmentDto] }) assignments: SummaryAssignmentDto[];
  @ApiProperty({ type: CouncilDecisionDetailResponseDto, nullable: true })
  councilDecision: CouncilDecisionDetailResponseDto | null;
  @ApiProperty(MONEY_WARNINGS_PROPERTY) warnings: MoneyWarning[];
}
