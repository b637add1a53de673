import type { ProblemDetails } from '@koers/contracts';

/** Field errors by API field path; several messages for one field are joined into one sentence list. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsFromProblem(problem: ProblemDetails | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problem?.errors ?? []) {
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  return errors;
}
