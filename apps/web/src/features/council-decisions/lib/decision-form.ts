import type {
  CouncilDecisionDetailResponse,
  CouncilDecisionStatus,
  ProblemDetails,
  RecordCouncilDecisionRequest,
} from '@koers/contracts';
import {
  allowsViewPoints,
  checkCouncilDecision,
  namesDeclinedAssignments,
  needsDecisionDate,
  type CouncilDecisionRule,
} from '@koers/domain';

export interface PointDraft {
  /** Stable React key of a point while it is edited (the list may be reordered by removal). */
  key: string;
  text: string;
  assignmentId: string;
}

/** What the form holds: strings as typed, ids as chosen. */
export interface DecisionDraft {
  status: CouncilDecisionStatus;
  councilMeetingDate: string;
  decisionDate: string;
  decisionReference: string;
  decisionUrl: string;
  declinedAssignmentIds: string[];
  viewPoints: PointDraft[];
}

/** Errors keyed by the API's field names (`decisionDate`, `viewPoints.0.text`, …). */
export type FieldErrors = Record<string, string>;

let nextKey = 0;
export const newPoint = (text = '', assignmentId = ''): PointDraft => ({
  key: `point-${++nextKey}`,
  text,
  assignmentId,
});

export function draftFrom(decision: CouncilDecisionDetailResponse): DecisionDraft {
  return {
    status: decision.status,
    councilMeetingDate: decision.councilMeetingDate ?? '',
    decisionDate: decision.decisionDate ?? '',
    decisionReference: decision.decisionReference,
    decisionUrl: decision.decisionUrl ?? '',
    declinedAssignmentIds:
      decision.status === 'partial' ? decision.declinedAssignments.map((a) => a.id) : [],
    viewPoints: [...decision.viewPoints]
      .sort((a, b) => a.number - b.number)
      .map((p) => newPoint(p.text, p.assignment?.id ?? '')),
  };
}

/** The whole decision as the API takes it; what does not belong to the status is left out. */
export function toRequest(draft: DecisionDraft, version: number): RecordCouncilDecisionRequest {
  const { status } = draft;
  return {
    status,
    councilMeetingDate: draft.councilMeetingDate || null,
    decisionDate: needsDecisionDate(status) ? draft.decisionDate || null : null,
    decisionReference: draft.decisionReference.trim(),
    decisionUrl: draft.decisionUrl.trim() || null,
    declinedAssignmentIds: namesDeclinedAssignments(status) ? draft.declinedAssignmentIds : [],
    viewPoints: allowsViewPoints(status)
      ? draft.viewPoints.map((p, i) => ({
          number: i + 1,
          text: p.text.trim(),
          assignmentId: p.assignmentId || null,
        }))
      : [],
    version,
  };
}

/** The sentence (translation key) the form shows for each rule of `@koers/domain`. */
const RULE_KEYS: Record<CouncilDecisionRule, string> = {
  DECISION_DATE_MISSING: 'councilDecisions.form.decisionDateMissing',
  DECLINED_MISSING: 'councilDecisions.form.declinedMissing',
  DECLINED_ALL: 'councilDecisions.form.declinedAll',
  VIEW_POINTS_MISSING: 'councilDecisions.form.pointsMissing',
  VIEW_POINT_TEXT_MISSING: 'councilDecisions.form.pointTextMissing',
  // The request the form builds leaves out what does not belong to the status and numbers the
  // points itself, so these cannot occur; the API's own sentence would follow if they did.
  DECISION_DATE_NOT_ALLOWED: 'councilDecisions.form.ruleBroken',
  DECISION_DATE_BEFORE_SENT: 'councilDecisions.form.ruleBroken',
  DECLINED_NOT_ALLOWED: 'councilDecisions.form.ruleBroken',
  NOT_AN_ASSIGNMENT: 'councilDecisions.form.ruleBroken',
  VIEW_POINTS_NOT_ALLOWED: 'councilDecisions.form.ruleBroken',
  VIEW_POINT_NUMBERING: 'councilDecisions.form.ruleBroken',
};

/**
 * The rules of a council decision (the same function the API refuses with), checked on the
 * request the form would send; messages are translation keys. `assignmentIds`: the programme's.
 */
export function checkDraft(
  draft: DecisionDraft,
  assignmentIds?: readonly string[],
): Record<string, { key: string; number?: number }> {
  const problems = checkCouncilDecision(toRequest(draft, 0), {
    assignmentIds: assignmentIds && new Set(assignmentIds.map((id) => id.toLowerCase())),
  });
  const errors: Record<string, { key: string; number?: number }> = {};
  for (const { field, rule, number } of problems) {
    errors[field] ??=
      number === undefined ? { key: RULE_KEYS[rule] } : { key: RULE_KEYS[rule], number };
  }
  return errors;
}

/**
 * The API's field errors, each moved to the input that shows it: `declinedAssignmentIds.2` to the
 * declined group, `viewPoints.0.number` to the point's text.
 */
export function apiFieldErrors(problem: ProblemDetails | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problem?.errors ?? []) {
    const target = field.startsWith('declinedAssignmentIds')
      ? 'declinedAssignmentIds'
      : field.replace(/^viewPoints\.(\d+)\.number$/, 'viewPoints.$1.text');
    errors[target] = errors[target] ? `${errors[target]}; ${message}` : message;
  }
  return errors;
}

/** The order fields appear in, to move focus to the first one with an error. */
export function firstErrorField(errors: FieldErrors): string | undefined {
  const order = (field: string) => {
    const fixed = [
      'status',
      'councilMeetingDate',
      'decisionDate',
      'decisionReference',
      'decisionUrl',
    ];
    const at = fixed.indexOf(field);
    if (at >= 0) return at;
    if (field === 'declinedAssignmentIds') return 10;
    if (field === 'viewPoints') return 11;
    const point = /^viewPoints\.(\d+)\.(\w+)$/.exec(field);
    return point ? 12 + Number(point[1]) * 2 + (point[2] === 'assignmentId' ? 1 : 0) : 999;
  };
  return Object.keys(errors).sort((a, b) => order(a) - order(b))[0];
}

/** The id of the input (or group) for an API field. */
export const fieldId = (field: string) => `decision-${field.replace(/\./g, '-')}`;
