import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const OPEN_MAX_LIMIT = 500;

/** `?limit=&offset=` and `?format=` of every open-data list. */
export class OpenPageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: OPEN_MAX_LIMIT, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(OPEN_MAX_LIMIT, { message: `mag hoogstens ${OPEN_MAX_LIMIT} zijn` })
  limit: number = 100;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset: number = 0;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    default: 'json',
    description: 'csv: the whole dataset (limit and offset do not apply), UTF-8 with BOM.',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'moet json of csv zijn' })
  format?: 'json' | 'csv';
}

export class ProgrammeFilter extends OpenPageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the programmes of this region.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een geldige id (uuid) zijn' })
  regionId?: string;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
