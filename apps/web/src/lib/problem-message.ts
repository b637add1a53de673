import type { FieldError, ProblemDetails } from '@koers/contracts';
import { i18n } from './i18n';

/** The key of a problem's sentence: its code, or for a framework problem its HTTP status. */
function problemKey(problem: ProblemDetails): string {
  if (problem.code?.startsWith('HTTP_')) {
    const status = String(problem.status);
    return i18n.exists(`problems.http.${status}`)
      ? `problems.http.${status}`
      : 'problems.http.other';
  }
  return `problems.${problem.code}`;
}

const hasSentence = (key: string) => i18n.exists(key) || i18n.exists(`${key}_other`);

/**
 * A refusal in the reader's language, worded from the problem's stable code and its params (never
 * the API's Dutch sentence inside English); undefined when there is no problem to tell.
 */
export function problemMessage(problem: ProblemDetails | undefined): string | undefined {
  if (!problem) return undefined;
  const key = problemKey(problem);
  if (problem.code && hasSentence(key)) {
    return i18n.t(key, { status: problem.status, ...problem.params });
  }
  // A problem without a known code (an old API, a proxy): its own sentence in Dutch, else generic.
  if (i18n.language === 'nl' && problem.detail) return problem.detail;
  return i18n.t('problems.http.other', { status: problem.status });
}

/**
 * Why one field was refused, in the reader's language. Dutch keeps the API's sentence (it says
 * most, e.g. "moet de vorm GM1234 hebben"); another language words the rule it broke.
 */
export function fieldMessage(error: FieldError): string {
  if (i18n.language === 'nl') return error.message;
  const key = `fieldErrors.${error.constraint ?? ''}`;
  return error.constraint && i18n.exists(key) ? i18n.t(key) : i18n.t('fieldErrors.invalid');
}
