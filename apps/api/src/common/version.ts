import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { ValidationFailedError } from './koers-error';
import { IsOptionalNotNull } from './validators';

/** Versions are PostgreSQL `integer` columns: a larger one cannot exist, and must not reach SQL. */
export const MAX_VERSION = 2_147_483_647;

const VERSION_RANGE = { message: `moet een versienummer van 1 tot ${MAX_VERSION} zijn` };

/** The optional `version` of a write body, for optimistic locking (or send If-Match). */
export function IsVersion(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      minimum: 1,
      maximum: MAX_VERSION,
      description: 'The version read; or send If-Match: "<version>".',
    }),
    IsOptionalNotNull(),
    IsInt(),
    Min(1, VERSION_RANGE),
    Max(MAX_VERSION, VERSION_RANGE),
  );
}

/**
 * The version a client read, for optimistic locking: `version` in the body, or else the
 * `If-Match: "<n>"` header. Missing, not a whole number or out of range → 400 naming `version`.
 */
export function expectedVersion(bodyVersion: number | undefined, ifMatch?: string): number {
  const match = ifMatch ? /^\s*(?:W\/)?"?(\d{1,10})"?\s*$/.exec(ifMatch) : null;
  const version = bodyVersion ?? (match ? Number(match[1]) : undefined);
  if (
    version !== undefined &&
    Number.isInteger(version) &&
    version >= 1 &&
    version <= MAX_VERSION
  ) {
    return version;
  }
  throw new ValidationFailedError([
    {
      field: 'version',
      message:
        version !== undefined
          ? VERSION_RANGE.message
          : ifMatch
            ? 'If-Match moet een versienummer zijn, bijvoorbeeld "3"'
            : 'is verplicht (in de inhoud of als If-Match-header)',
    },
  ]);
}
