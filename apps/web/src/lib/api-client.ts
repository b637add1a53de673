import type { ProblemDetails } from '@koers/contracts';

/** A failed API call, carrying the server's problem details (field errors, code, request id). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}
