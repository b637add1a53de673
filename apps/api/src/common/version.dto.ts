import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNotNull } from './validators';

/** The version a PATCH body says it read; mixed into the update DTOs of versioned rows. */
export class VersionDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 2147483647,
    description:
      'The version read; required here or as If-Match: "<version>". 409 when it is no longer current.',
  })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1, { message: 'moet 1 of groter zijn' })
  @Max(2147483647, { message: 'moet 2147483647 of kleiner zijn' })
  version?: number;
}

/** The OpenAPI description of the If-Match header that may carry the version instead. */
export const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'The version read, e.g. "3"; instead of `version` in the body.',
};
