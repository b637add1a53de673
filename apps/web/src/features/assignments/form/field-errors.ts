import type { FieldErrors } from '../../../lib/field-errors';

export { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';

/** The id of the input for an API field path: `budgetLines.1.amountCents` → `assignment-budgetLines-1-amountCents`. */
export const fieldId = (path: string) => `assignment-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;

/**
 * The error for an input that stands for one or more paths (a capacity quantity is `fte` or
 * `hours`); a message on a parent object (`mandate`) is not placed on its children.
 */
export function errorFor(errors: FieldErrors, ...paths: string[]): string | undefined {
  const messages = paths.map((p) => errors[p]).filter(Boolean);
  return messages.length > 0 ? messages.join('; ') : undefined;
}
