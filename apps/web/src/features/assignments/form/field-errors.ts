import type { ProblemDetails } from '@koers/contracts';

/** The id of the input for an API field path: `budgetLines.1.amountCents` → `assignment-budgetLines-1-amountCents`. */
export const fieldId = (path: string) => `assignment-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

/** Field errors by path; several messages for one field are joined into one sentence list. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsFromProblem(problem: ProblemDetails | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problem?.errors ?? []) {
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  return errors;
}

/**
 * The error for an input that stands for one or more paths (a capacity quantity is `fte` or
 * `hours`); a message on a parent object (`mandate`) is not placed on its children.
 */
export function errorFor(errors: FieldErrors, ...paths: string[]): string | undefined {
  const messages = paths.map((p) => errors[p]).filter(Boolean);
  return messages.length > 0 ? messages.join('; ') : undefined;
}
