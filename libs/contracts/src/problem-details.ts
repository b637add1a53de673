import type { ErrorCode } from '@koers/domain';

/**
 * The values a problem's sentence is built from (an id, a year, the current version), so a client
 * can say the same in its own language from `code` and `params`.
 */
export type ProblemParams = Record<string, string | number>;

/** One invalid field of a request, as in RFC 9457 extension member `errors`. */
export interface FieldError {
  /** Dotted path of the field in the request body or query, e.g. `budgetLines.0.amountCents`. */
  field: string;
  /** Why the value was refused, in a (Dutch) sentence. */
  message: string;
  /** The rule it broke (a class-validator constraint name such as `isInt` or `maxLength`). */
  constraint?: string;
}

/** RFC 9457 problem details, the body of every error response (`application/problem+json`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine-readable code, e.g. `PROGRAMME_NOT_DRAFT`. */
  code: ErrorCode;
  /** The values in `detail`, by name; with `code` a client words the problem in any language. */
  params?: ProblemParams;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}
