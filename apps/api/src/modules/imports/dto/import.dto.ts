import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IMPORT_PROBLEM_CODES,
  ImportProblem,
  ImportProblemCode,
  ImportResult,
  ImportRow,
} from '@koers/contracts';
import { IsIn, IsOptional } from 'class-validator';

export class ImportQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description: 'true (default): only a preview, nothing stored. false: store it all, or nothing.',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'moet true of false zijn' })
  dryRun?: 'true' | 'false';
}

export class TemplateQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'moet xlsx of csv zijn' })
  format?: 'xlsx' | 'csv';
}

export class ImportUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'An XLSX or CSV file, at most 10 MB.',
  })
  file: unknown;
}

class ImportProblemDto implements ImportProblem {
  @ApiProperty({ example: 'Begroting' }) sheet: string;
  @ApiProperty({ example: 12 }) row: number;
  @ApiProperty({ example: 'Bedrag' }) column: string;
  @ApiProperty({ enum: IMPORT_PROBLEM_CODES })
  code: ImportProblemCode;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { value: 'twaalf' },
  })
  params: Record<string, string | number>;
  @ApiProperty({ example: '‘twaalf’ is geen bedrag (bijvoorbeeld € 1.234,56 of 1234.56).' })
  message: string;
}

class ImportRowDto implements ImportRow {
  @ApiProperty() row: number;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() themeTitle: string;
  @ApiProperty() budgetLineCount: number;
  @ApiProperty({ description: 'Whole euro cents.' }) budgetTotalCents: number;
  @ApiProperty() capacityLineCount: number;
}

export class ImportResultDto implements ImportResult {
  @ApiProperty() dryRun: boolean;
  @ApiProperty() stored: boolean;
  @ApiProperty({ enum: ['xlsx', 'csv'] }) format: 'xlsx' | 'csv';
  @ApiProperty({ type: [ImportRowDto] }) creates: ImportRow[];
  @ApiProperty({ type: [ImportRowDto] }) updates: ImportRow[];
  @ApiProperty({ type: [ImportProblemDto] }) problems: ImportProblem[];
}
