import type { ErrorCode, FieldError } from '@koers/contracts';

/**
 * An expected failure with a stable code, e.g. `PROGRAMME_NOT_DRAFT`. The status says how HTTP
 * reports it; the detail is one sentence for the person who made the request.
 */
export class KoersError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'KoersError';
  }
}

/** One problem names at most this many fields (a body with 5,000 wrong fields gets 50). */
export const MAX_FIELD_ERRORS = 50;

export class ValidationFailedError extends KoersError {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    super(
      'VALIDATION_FAILED',
      400,
      errors.length === 1
        ? `Het veld ${errors[0].field} is niet geldig: ${errors[0].message}`
        : errors.length > MAX_FIELD_ERRORS
          ? `${errors.length} velden zijn niet geldig; de eerste ${MAX_FIELD_ERRORS} staan hieronder.`
          : `${errors.length} velden zijn niet geldig.`,
    );
    this.errors = errors.slice(0, MAX_FIELD_ERRORS);
  }
}
