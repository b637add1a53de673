import { daysBetween } from '../deadlines/deadlines';

/**
 * The rules of a progress report (issue 16 §2) that the form and the API both apply: the status in
 * three steps and when it needs an explanation, money above budget, and late milestones.
 */
export type ProgressCourse = 'op_koers' | 'aandacht_nodig' | 'niet_op_koers';
export const PROGRESS_COURSES: readonly ProgressCourse[] = [
  'op_koers',
  'aandacht_nodig',
  'niet_op_koers',
];

/** draft → submitted → accepted, or → returned (with a comment) → submitted again. */
export type ProgressReportState = 'draft' | 'submitted' | 'returned' | 'accepted';
export const PROGRESS_REPORT_STATES: readonly ProgressReportState[] = [
  'draft',
  'submitted',
  'returned',
  'accepted',
];

export type RiskLevel = 'low' | 'medium' | 'high';
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

/** Where a report stands in the overview: its state, `missing` when none, `late` when past due. */
export type ReportStatusInOverview = ProgressReportState | 'missing';

export const REPORT_STATUSES_IN_OVERVIEW: readonly ReportStatusInOverview[] = [
  'missing',
  'draft',
  'submitted',
  'returned',
  'accepted',
];

/** Late: not delivered (missing, draft or returned) while the period's due date has passed. */
export function isReportLate(input: {
  status: ReportStatusInOverview;
  dueOn: string;
  today: string;
}): boolean {
  const delivered = input.status === 'submitted' || input.status === 'accepted';
  return !delivered && daysBetween(input.dueOn, input.today) > 0;
}

/** Not on course (attention needed or off course) needs a sentence saying why. */
export function explanationRequired(course: ProgressCourse): boolean {
  return course !== 'op_koers';
}

/** Whether the explanation satisfies the course: required ones must have text. */
export function courseExplanationMissing(course: ProgressCourse, explanation: string): boolean {
  return explanationRequired(course) && explanation.trim() === '';
}

/** A report can still be changed by its writers: not once submitted (wait) or accepted (frozen). */
export function isReportEditable(state: ProgressReportState): boolean {
  return state === 'draft' || state === 'returned';
}

/** Only a submitted report can be accepted or returned. */
export function isReportReviewable(state: ProgressReportState): boolean {
  return state === 'submitted';
}

/** A report counts as delivered for the period once submitted (and stays so when accepted). */
export function isReportDelivered(state: ProgressReportState): boolean {
  return state === 'submitted' || state === 'accepted';
}

/** The budget still left on a line: budget minus spent, negative when overspent. In cents. */
export function remainingCents(budgetCents: number, spentCents: number): number {
  return budgetCents - spentCents;
}

/** Spending above a line's budget is allowed only with an explanation. */
export function isOverBudget(budgetCents: number, spentCents: number): boolean {
  return spentCents > budgetCents;
}

export function overspendExplanationMissing(line: {
  budgetCents: number;
  spentCents: number;
  explanation: string;
}): boolean {
  return isOverBudget(line.budgetCents, line.spentCents) && line.explanation.trim() === '';
}

/**
 * A milestone is late when it was done after its planned date, or when it is not done and its
 * planned date has passed (on the planned day itself it is not late yet).
 */
export function isMilestoneLate(milestone: {
  plannedOn: string;
  doneOn: string | null;
  today: string;
}): boolean {
  const against = milestone.doneOn ?? milestone.today;
  return daysBetween(milestone.plannedOn, against) > 0;
}
