import type { ErrorCode, FieldError, ProblemParams } from '@koers/contracts';

/**
 * An expected failure with a stable code, e.g. `PROGRAMME_NOT_DRAFT`. The status says how HTTP
 * reports it; the detail is one (Dutch) sentence for the person who made the request, and
 * `params` holds the values in it, so the web app can say it in the reader's language.
 */
export class KoersError extends Error {
  /** The values of the sentence: `extra.params`, plus every plain text or number of `extra`. */
  readonly params: ProblemParams;

  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    readonly detail: string,
    readonly extra: Record<string, unknown> & { params?: ProblemParams } = {},
  ) {
    super(detail);
    this.name = 'KoersError';
    const plain = Object.entries(extra).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    );
    this.params = { ...Object.fromEntries(plain), ...extra.params };
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
      { params: { count: errors.length, field: errors[0]?.field ?? '' } },
    );
    this.errors = errors.slice(0, MAX_FIELD_ERRORS);
  }
}
