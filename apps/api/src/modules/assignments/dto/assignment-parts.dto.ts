import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BROAD_PROSPERITY_THEMES,
  BroadProsperityTheme,
  BudgetLine,
  BudgetLinePayer,
  CapacityLine,
  FUNDING_SOURCES,
  FundingSource,
  Kpi,
  Mandate,
  PAYER_SPLITS,
  PayerSplit,
  Risk,
} from '@koers/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  IsNotEmpty,
} from 'class-validator';
import { MAX_AMOUNT_CENTS } from '@koers/domain';
import {
  IsAmountCents,
  IsHundredths,
  IsOptionalNotNull,
  NestedList,
} from '../../../common/validators';
import { IsCalendarDate } from '../../../common/calendar-date';

export const YEAR_RANGE = { message: 'moet tussen 2000 en 2100 liggen' };
export const NOT_NEGATIVE = { message: 'mag niet negatief zijn' };

export class BudgetLinePayerDto implements BudgetLinePayer {
  @ApiProperty({ format: 'uuid', description: 'A municipality of the region.' })
  @IsUUID()
  municipalityId: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'fixed_amounts only: whole euro cents; together they make the line.',
  })
  @IsOptional()
  @IsAmountCents()
  amountCents?: number | null;
}

export class BudgetLineDto implements BudgetLine {
  @ApiProperty({ enum: FUNDING_SOURCES }) @IsIn(FUNDING_SOURCES) fundingSource: FundingSource;

  @ApiPropertyOptional({ default: '', example: 'provincie Noord-Brabant' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  sourceName: string = '';

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000, YEAR_RANGE)
  @Max(2100, YEAR_RANGE)
  year: number;

  @ApiProperty({
    description: 'Whole euro cents, ≥ 0, at most € 10 billion.',
    example: 14_000_000,
    maximum: MAX_AMOUNT_CENTS,
  })
  @IsAmountCents()
  amountCents: number;

  @ApiPropertyOptional({
    type: [BudgetLinePayerDto],
    nullable: true,
    description:
      'extra_member_contribution only, and required there: the municipalities that pay it. ' +
      'A payer whose council declines the assignment pays nothing; its part goes to the others.',
  })
  @IsOptional()
  @NestedList(BudgetLinePayerDto, 500)
  payers?: BudgetLinePayerDto[] | null;

  @ApiPropertyOptional({
    enum: PAYER_SPLITS,
    nullable: true,
    description: 'extra_member_contribution only, and required there.',
  })
  @IsOptional()
  @IsIn(PAYER_SPLITS)
  payerSplit?: PayerSplit | null;
}

export class CapacityLineDto implements CapacityLine {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  supplierOrganisationId: string | null = null;

  @ApiProperty({ example: 'Regiobureau' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  supplierName: string;

  @ApiProperty({ minimum: 2000, maximum: 2100 })
  @IsInt()
  @Min(2000, YEAR_RANGE)
  @Max(2100, YEAR_RANGE)
  year: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'FTE (two decimals), or else hours.',
    maximum: 9999.99,
  })
  @IsOptional()
  @IsHundredths(9999.99)
  fte: number | null = null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  @Max(2_000_000_000, { message: 'is te groot' })
  hours: number | null = null;
}

export class KpiDto implements Kpi {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) name: string;
  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(50)
  unit: string = '';
  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  baseline: string = '';
  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  target: string = '';
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  targetDate: string | null = null;
  @ApiPropertyOptional({ enum: BROAD_PROSPERITY_THEMES, nullable: true })
  @IsOptional()
  @IsIn(BROAD_PROSPERITY_THEMES)
  broadProsperityTheme: BroadProsperityTheme | null = null;
}

export class RiskDto implements Risk {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) description: string;
  @ApiPropertyOptional({ default: '' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  mitigation: string = '';
}

export class MandateDto implements Partial<Mandate> {
  @ApiPropertyOptional() @IsOptionalNotNull() @IsString() @MaxLength(5000) scope?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, maximum: MAX_AMOUNT_CENTS })
  @IsOptional()
  @IsAmountCents()
  budgetCeilingCents?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'date' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsCalendarDate({ each: true })
  reportBackDates?: string[];

  @ApiPropertyOptional({ description: 'What must go back to the board or the councils.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(5000)
  escalation?: string;
}

export const nested = <T>(cls: new () => T) => Type(() => cls);
