import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateIf } from 'class-validator';

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
