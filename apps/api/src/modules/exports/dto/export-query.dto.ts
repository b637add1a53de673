import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CSV_SEPARATORS, type CsvSeparator } from '../csv-writer';

export class CsvExportQueryDto {
  @ApiPropertyOptional({
    enum: CSV_SEPARATORS,
    default: 'comma',
    description: '`semicolon`: `;` between fields and a decimal comma, as Dutch Excel opens it.',
  })
  @IsOptional()
  @IsIn(CSV_SEPARATORS)
  separator?: CsvSeparator;
}
