import type { ProblemDetails } from '@koers/contracts';
import { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';

export { fieldErrorsFromProblem, type FieldErrors } from '../../../lib/field-errors';

/**
 * The API's field errors, placed where the form can show them: an error on one id of a list of
 * ids (`participantIds.2`, `contributionKey.surcharge.municipalityIds.0`) belongs to the list,
 * which is one group of checkboxes; so does an error on one payer of an extra contribution.
 */
export function assignmentFieldErrors(problem: ProblemDetails | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsFromProblem(problem))) {
    const field = path
      .replace(/(Ids)\.\d+$/, '$1')
      .replace(/(\.payers)\.\d+\.municipalityId$/, '$1');
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  return errors;
}

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
