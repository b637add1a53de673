import type { ProblemDetails } from '@koers/contracts';
import { problemMessage } from './problem-message';

/** A failed API call, carrying the server's problem details (field errors, code, request id). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails | undefined,
  ) {
    // In the reader's language, from the problem's code and params.
    super(problemMessage(problem) ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}
