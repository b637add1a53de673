import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiProperty,
  ApiPropertyOptional,
} from '@nestjs/swagger';
import type { ErrorCode, FieldError, ProblemDetails, ProblemParams } from '@koers/contracts';

class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'cbsCode' }) field: string;
  @ApiProperty({ example: 'moet de vorm GM1234 hebben' }) message: string;
  @ApiPropertyOptional({
    example: 'matches',
    description: 'The rule the value broke: a class-validator constraint name, e.g. isInt.',
  })
  constraint?: string;
}

export class ProblemDetailsDto implements ProblemDetails {
  @ApiProperty() type: string;
  @ApiProperty() title: string;
  @ApiProperty() status: number;
  @ApiProperty() detail: string;
  @ApiProperty({
    type: String,
    example: 'REGION_NOT_FOUND',
    description: 'One of ERROR_CODES of @koers/domain, or HTTP_<status> for a framework error.',
  })
  code: ErrorCode;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { id: '3f0c…', currentVersion: 4 },
    description:
      'The values in `detail` by name (an id, a year, the current version): with `code` a client words the problem in its own language.',
  })
  params?: ProblemParams;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldError[];
}

/** Documents the problem responses of an endpoint: 400 (invalid input), 404, 409. */
export function ApiProblems(...statuses: (400 | 404 | 409)[]): MethodDecorator & ClassDecorator {
  const decorators = {
    400: ApiBadRequestResponse({
      type: ProblemDetailsDto,
      description: 'Invalid input: `errors` names each field.',
    }),
    404: ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'Not found.' }),
    409: ApiConflictResponse({
      type: ProblemDetailsDto,
      description: 'Conflict with the current state, e.g. a stale version.',
    }),
  };
  return applyDecorators(...statuses.map((status) => decorators[status]));
}
