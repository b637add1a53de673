import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from './validators';
import { MAX_VERSION, VERSION_RANGE } from './version';

/** The optional `version` of a write body, for optimistic locking (or send If-Match). */
export function IsVersion(
  description = 'The version read; or send If-Match: "<version>".',
): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_VERSION, description }),
    IsOptionalNotNull(),
    IsInt(),
    Min(1, VERSION_RANGE),
    Max(MAX_VERSION, VERSION_RANGE),
  );
}

/** The version a PATCH body says it read; mixed into the update DTOs of versioned rows. */
export class VersionDto {
  @IsVersion(
    'The version read; required here or as If-Match: "<version>". 409 when it is no longer current.',
  )
  version?: number;
}

/** The OpenAPI description of the If-Match header that may carry the version instead. */
export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The version read, e.g. "3"; instead of `version` in the body.',
};
