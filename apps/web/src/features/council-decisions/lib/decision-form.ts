import {
  STATUSES_WITH_VIEW,
  STATUSES_WITHOUT_VIEW,
  type CouncilDecisionDetailResponse,
  type CouncilDecisionStatus,
  type ProblemDetails,
  type RecordCouncilDecisionRequest,
} from '@koers/contracts';

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

export const needsDecisionDate = (status: CouncilDecisionStatus) => status !== 'pending';
export const needsViewPoints = (status: CouncilDecisionStatus) =>
  STATUSES_WITH_VIEW.includes(status);
export const allowsViewPoints = (status: CouncilDecisionStatus) =>
  !STATUSES_WITHOUT_VIEW.includes(status);

/** The whole decision as the API takes it; what does not belong to the status is left out. */
export function toRequest(draft: DecisionDraft, version: number): RecordCouncilDecisionRequest {
  const { status } = draft;
  return {
    status,
    councilMeetingDate: draft.councilMeetingDate || null,
    decisionDate: needsDecisionDate(status) ? draft.decisionDate || null : null,
    decisionReference: draft.decisionReference.trim(),
    decisionUrl: draft.decisionUrl.trim() || null,
    declinedAssignmentIds: status === 'partial' ? draft.declinedAssignmentIds : [],
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

/** The checks the form can make before asking the API; messages are translation keys. */
export function checkDraft(draft: DecisionDraft): Record<string, { key: string; number?: number }> {
  const errors: Record<string, { key: string; number?: number }> = {};
  if (needsDecisionDate(draft.status) && !draft.decisionDate) {
    errors.decisionDate = { key: 'councilDecisions.form.decisionDateMissing' };
  }
  if (draft.status === 'partial' && draft.declinedAssignmentIds.length === 0) {
    errors.declinedAssignmentIds = { key: 'councilDecisions.form.declinedMissing' };
  }
  if (needsViewPoints(draft.status) && draft.viewPoints.length === 0) {
    errors.viewPoints = { key: 'councilDecisions.form.pointsMissing' };
  }
  if (allowsViewPoints(draft.status)) {
    draft.viewPoints.forEach((p, i) => {
      if (!p.text.trim()) {
        errors[`viewPoints.${i}.text`] = {
          key: 'councilDecisions.form.pointTextMissing',
          number: i + 1,
        };
      }
    });
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
