import type { ApiPropertyOptions } from '@nestjs/swagger';

/** Marks a property as any JSON value; refineDocument turns it into the empty (any) schema. */
export const ANY_JSON_EXTENSION = 'x-any-json';

/** `@ApiProperty(ANY_JSON)` for a value of any JSON type (e.g. an audited field's old value). */
export const ANY_JSON = {
  description: 'Any JSON value.',
  nullable: true,
  [ANY_JSON_EXTENSION]: true,
} as ApiPropertyOptions;
