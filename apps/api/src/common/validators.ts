import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export function IsDateOnly(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { nl: 'moet een datum zijn (JJJJ-MM-DD)' } }),
    IsISO8601({ strict: true }, { context: { nl: 'moet een bestaande datum zijn (JJJJ-MM-DD)' } }),
  );
}

/** May be left out of a PATCH, but `null` is refused: the field is required on the resource. */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/**
 * A list of nested objects, each validated as `cls`, at most `max` long. Listed in reverse so the
 * constraints register as the stacked decorators `@IsArray @ArrayMaxSize @ValidateNested @Type` did.
 */
export function NestedList<T>(cls: new () => T, max: number): PropertyDecorator {
  return applyDecorators(
    Type(() => cls),
    ValidateNested({ each: true }),
    ArrayMaxSize(max),
    IsArray(),
  );
}
