import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { MAX_AMOUNT_CENTS } from '@koers/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  Matches,
  Max,
  Min,
  ValidateBy,
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

/** Whole euro cents from 0 to € 10 billion (MAX_AMOUNT_CENTS): every sum of them stays exact. */
export function IsAmountCents(): PropertyDecorator {
  return applyDecorators(
    IsInt(),
    Min(0, { message: 'mag niet negatief zijn' }),
    Max(MAX_AMOUNT_CENTS, { message: 'mag hoogstens € 10 miljard (1000000000000 cent) zijn' }),
  );
}

/**
 * A number with at most two decimals (FTE), from 0 to `max`. Replaces class-validator's
 * `IsNumber({ maxDecimalPlaces })`, which throws a TypeError on `1e-7` (no '.' in its string).
 */
export function IsHundredths(max: number): PropertyDecorator {
  return applyDecorators(
    ValidateBy({
      name: 'isHundredths',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' &&
          Number.isFinite(value) &&
          Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
        defaultMessage: () => 'moet een getal met hoogstens 2 decimalen zijn',
      },
    }),
    Min(0, { message: 'mag niet negatief zijn' }),
    Max(max, { message: 'is te groot' }),
  );
}
