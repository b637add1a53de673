import type { ProblemDetails } from '@koers/contracts';
import { fieldMessage } from './problem-message';

/** Field errors by API field path; several messages for one field are joined into one sentence list. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsFromProblem(problem: ProblemDetails | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of problem?.errors ?? []) {
    const { field } = error;
    const message = fieldMessage(error);
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  }
  return errors;
}
