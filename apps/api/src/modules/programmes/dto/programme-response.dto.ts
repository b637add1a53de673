import { ApiProperty } from '@nestjs/swagger';
import {
  AmountByFundingSource,
  AmountByTheme,
  AmountByYear,
  CapacityBySupplier,
  ContributionKeySpec,
  FUNDING_SOURCES,
  FundingSource,
  MoneyWarning,
  Page,
  PROGRAMME_STATUSES,
  ProgrammeResponse,
  ProgrammeStatus,
  ProgrammeSummary,
  ProgrammeTotals,
} from '@koers/contracts';
import {
  ApiMoneyWarningModels,
  MONEY_WARNINGS_PROPERTY,
} from '../../contributions/dto/money-warning.dto';
import { ContributionKeyDto } from './contribution-key.dto';

class AmountByFundingSourceDto implements AmountByFundingSource {
  @ApiProperty({ enum: FUNDING_SOURCES }) fundingSource: FundingSource;
  @ApiProperty() amountCents: number;
}

class AmountByThemeDto implements AmountByTheme {
  @ApiProperty({ format: 'uuid' }) themeId: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty() amountCents: number;
}

class AmountByYearDto implements AmountByYear {
  @ApiProperty() year: number;
  @ApiProperty() amountCents: number;
}

class CapacityBySupplierDto implements CapacityBySupplier {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  supplierOrganisationId: string | null;
  @ApiProperty() supplierName: string;
  @ApiProperty() fte: number;
  @ApiProperty() hours: number;
}

class ProgrammeTotalsDto implements ProgrammeTotals {
  @ApiProperty() assignmentCount: number;
  @ApiProperty() budgetTotalCents: number;
  @ApiProperty({ type: [AmountByFundingSourceDto] }) budgetByFundingSource: AmountByFundingSource[];
  @ApiProperty({ type: [AmountByThemeDto] }) budgetByTheme: AmountByTheme[];
  @ApiProperty({ type: [AmountByYearDto] }) budgetByYear: AmountByYear[];
  @ApiProperty() fteTotal: number;
  @ApiProperty() hoursTotal: number;
  @ApiProperty({ type: [CapacityBySupplierDto] }) capacityBySupplier: CapacityBySupplier[];
}

export class ProgrammeSummaryDto implements ProgrammeSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() year: number;
  @ApiProperty() title: string;
  @ApiProperty() introduction: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  populationReferenceDate: string | null;
  @ApiProperty({ type: ContributionKeyDto, nullable: true })
  contributionKey: ContributionKeySpec | null;
  @ApiProperty({ type: Number, nullable: true, description: "null = the region's window." })
  viewWindowWeeks: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  sentToCouncilsOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  consultationDeadline: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) adoptedOn: string | null;
  @ApiProperty({ description: 'How many versions were frozen.' }) versionCount: number;
  @ApiProperty() assignmentCount: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

@ApiMoneyWarningModels()
export class ProgrammeResponseDto extends ProgrammeSummaryDto implements ProgrammeResponse {
  @ApiProperty({ type: ProgrammeTotalsDto }) totals: ProgrammeTotals;
  @ApiProperty({
    ...MONEY_WARNINGS_PROPERTY,
    description: 'Old or missing populations, extra contributions without payers.',
  })
  moneyWarnings: MoneyWarning[];
}

export class ProgrammePageDto implements Page<ProgrammeSummary> {
  @ApiProperty({ type: [ProgrammeSummaryDto] }) items: ProgrammeSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
