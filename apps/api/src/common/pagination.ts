import { ApiPropertyOptional } from '@nestjs/swagger';
import type { Page } from '@koers/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 200;
/** Far beyond any list, and within what PostgreSQL takes as an OFFSET (bigint) or an integer. */
export const MAX_OFFSET = 1_000_000_000;

/** `?limit=&offset=` of every list. Extend it with a module's own filters and sort. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_OFFSET, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET, { message: `mag hoogstens ${MAX_OFFSET} zijn` })
  offset: number = 0;
}

/** A page query with `?q=`, a case-insensitive text filter on the name. */
export class SearchPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name, case-insensitive.', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** `%q%` for ILIKE, with the wildcards of the search text itself taken literally. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Runs a query builder as one page: its rows mapped to the contract, and the total count. */
export async function toPage<E extends object, R>(
  query: SelectQueryBuilder<E>,
  page: PageQueryDto,
  map: (entity: E) => R,
): Promise<Page<R>> {
  const [rows, total] = await query.take(page.limit).skip(page.offset).getManyAndCount();
  return { items: rows.map(map), total, limit: page.limit, offset: page.offset };
}
