import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  POPULATION_IMPORT_CHANGES,
  POPULATION_IMPORT_UNMATCHED_REASONS,
  type PopulationImportChange,
  type PopulationImportResult,
  type PopulationImportUnmatchedReason,
} from '@koers/contracts';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../../common/validators';

export class PopulationImportQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description: 'true (default): only a preview, nothing stored. false: store every new figure.',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'moet true of false zijn' })
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    format: 'date',
    example: '2025-01-01',
    description: 'The date of every figure when the file has no period column (Perioden).',
  })
  @IsOptional()
  @IsString()
  @IsDateOnly()
  @Matches(/^(1[89]|2[01])\d\d-/, { message: 'moet tussen 1800 en 2199 liggen' })
  referenceDate?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    example: 'CBS StatLine 03759ned, bevolking op 1 januari',
    description: 'The source every stored figure gets (default: CBS StatLine and the file name).',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  source?: string;
}

export class PopulationImportUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The CSV as CBS StatLine exports it, at most 10 MB.',
  })
  file: unknown;
}

class PopulationImportMatchDto {
  @ApiProperty() line: number;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
  @ApiProperty({ format: 'date' }) referenceDate: string;
  @ApiProperty() population: number;
  @ApiProperty({ type: Number, nullable: true }) recorded: number | null;
  @ApiProperty({ enum: POPULATION_IMPORT_CHANGES }) change: PopulationImportChange;
}

class PopulationImportUnmatchedDto {
  @ApiProperty() line: number;
  @ApiProperty() label: string;
  @ApiProperty({ enum: POPULATION_IMPORT_UNMATCHED_REASONS })
  reason: PopulationImportUnmatchedReason;
}

class PopulationImportMissingDto {
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
}

export class PopulationImportResultDto implements PopulationImportResult {
  @ApiProperty() dryRun: boolean;
  @ApiProperty() source: string;
  @ApiProperty({ type: [PopulationImportMatchDto] }) matched: PopulationImportMatchDto[];
  @ApiProperty({ type: [PopulationImportUnmatchedDto] }) unmatched: PopulationImportUnmatchedDto[];
  @ApiProperty({ type: [PopulationImportMissingDto] }) missing: PopulationImportMissingDto[];
  @ApiProperty() storedCount: number;
}
