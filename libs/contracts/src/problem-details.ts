import type { ErrorCode } from '@koers/domain';

/** One invalid field of a request, as in RFC 9457 extension member `errors`. */
export interface FieldError {
  /** Dotted path of the field in the request body or query, e.g. `budgetLines.0.amountCents`. */
  field: string;
  /** Why the value was refused, in a sentence. */
  message: string;
}

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine-readable code, e.g. `PROGRAMME_NOT_DRAFT`. */
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}
