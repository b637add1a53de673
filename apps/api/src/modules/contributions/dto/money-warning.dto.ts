import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { MoneyWarning } from '@koers/contracts';

type Warning<C extends MoneyWarning['code']> = Extract<MoneyWarning, { code: C }>;

/** A municipality without a population at the programme's reference date. */
export class PopulationMissingWarningDto implements Warning<'POPULATION_MISSING'> {
  @ApiProperty({ enum: ['POPULATION_MISSING'] }) code: 'POPULATION_MISSING';
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty({ format: 'date' }) referenceDate: string;
  @ApiProperty({ description: 'Dutch sentence.' }) message: string;
}

/** A municipality whose latest population is older than the reference date. */
export class PopulationStaleWarningDto implements Warning<'POPULATION_STALE'> {
  @ApiProperty({ enum: ['POPULATION_STALE'] }) code: 'POPULATION_STALE';
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty({ format: 'date' }) referenceDate: string;
  @ApiProperty({ format: 'date' }) populationDate: string;
  @ApiProperty({ description: 'Dutch sentence.' }) message: string;
}

/** A budget line with an extra contribution and nobody named to pay it. */
export class ExtraContributionNeedsPayersWarningDto implements Warning<'EXTRA_CONTRIBUTION_NEEDS_PAYERS'> {
  @ApiProperty({ enum: ['EXTRA_CONTRIBUTION_NEEDS_PAYERS'] })
  code: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS';
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty() assignmentCode: string;
  @ApiProperty({ description: '0-based.' }) budgetLineIndex: number;
  @ApiProperty() year: number;
  @ApiProperty() amountCents: number;
  @ApiProperty({ description: 'Dutch sentence.' }) message: string;
}

const WARNINGS = {
  POPULATION_MISSING: PopulationMissingWarningDto,
  POPULATION_STALE: PopulationStaleWarningDto,
  EXTRA_CONTRIBUTION_NEEDS_PAYERS: ExtraContributionNeedsPayersWarningDto,
} satisfies Record<MoneyWarning['code'], unknown>;

/** Registers the three kinds of `MoneyWarning` (put it on a DTO that lists warnings). */
export const ApiMoneyWarningModels = () => ApiExtraModels(...Object.values(WARNINGS));

/** `MoneyWarning[]` of `@koers/contracts`: one of three kinds, told apart by `code`. */
export const MONEY_WARNINGS_PROPERTY = {
  type: 'array',
  items: {
    oneOf: Object.values(WARNINGS).map((dto) => ({ $ref: getSchemaPath(dto) })),
    discriminator: {
      propertyName: 'code',
      mapping: Object.fromEntries(
        Object.entries(WARNINGS).map(([code, dto]) => [code, getSchemaPath(dto)]),
      ),
    },
  },
} as const;
