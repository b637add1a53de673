import type { FieldError } from '@koers/contracts';

/**
 * An expected failure with a stable code, e.g. `PROGRAMME_NOT_DRAFT`. The status says how HTTP
 * reports it; the detail is one sentence for the person who made the request.
 */
export class KoersError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'KoersError';
  }
}

export class ValidationFailedError extends KoersError {
  constructor(readonly errors: FieldError[]) {
    super(
      'VALIDATION_FAILED',
      400,
      errors.length === 1
        ? `Het veld ${errors[0].field} is niet geldig: ${errors[0].message}`
        : `${errors.length} velden zijn niet geldig.`,
    );
  }
}
