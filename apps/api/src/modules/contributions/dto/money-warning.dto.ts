import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MoneyWarningCode } from '@koers/contracts';

const CODES: MoneyWarningCode[] = [
  'POPULATION_MISSING',
  'POPULATION_STALE',
  'EXTRA_CONTRIBUTION_NEEDS_PAYERS',
];

/** `MoneyWarning` of `@koers/contracts` (one schema for its three kinds; see `code`). */
export class MoneyWarningDto {
  @ApiProperty({ enum: CODES }) code: MoneyWarningCode;
  @ApiProperty({ description: 'Dutch sentence.' }) message: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'POPULATION_*' }) municipalityId?: string;
  @ApiPropertyOptional({ description: 'POPULATION_*' }) municipalityName?: string;
  @ApiPropertyOptional({ format: 'date', description: 'POPULATION_*' }) referenceDate?: string;
  @ApiPropertyOptional({ format: 'date', description: 'POPULATION_STALE' })
  populationDate?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS' })
  assignmentId?: string;
  @ApiPropertyOptional({ description: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS' }) assignmentCode?: string;
  @ApiPropertyOptional({ description: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS (0-based)' })
  budgetLineIndex?: number;
  @ApiPropertyOptional({ description: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS' }) year?: number;
  @ApiPropertyOptional({ description: 'EXTRA_CONTRIBUTION_NEEDS_PAYERS' }) amountCents?: number;
}
