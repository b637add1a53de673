import type { FieldError, RecordCouncilDecisionRequest } from '@koers/contracts';
import { checkCouncilDecision as councilDecisionProblems } from '@koers/domain';

export interface NumberedPoint {
  number: number;
  text: string;
  assignmentId: string | null;
}

/**
 * The rules of `@koers/domain` a council decision must meet beyond the shape of the request
 * (the web checks the same), as field errors. `assignmentIds` are the programme's assignments.
 */
export function checkCouncilDecision(
  body: RecordCouncilDecisionRequest,
  programme: { sentToCouncilsOn: string | null },
  assignmentIds: ReadonlySet<string>,
): FieldError[] {
  return councilDecisionProblems(body, {
    sentToCouncilsOn: programme.sentToCouncilsOn,
    assignmentIds,
  }).map(({ field, message }) => ({ field, message }));
}

/** The points as they will be stored: numbered, trimmed, in number order. */
export function numberedPoints(body: RecordCouncilDecisionRequest): NumberedPoint[] {
  return (body.viewPoints ?? [])
    .map((p, i) => ({
      number: p.number ?? i + 1,
      text: p.text.trim(),
      assignmentId: p.assignmentId ? p.assignmentId.toLowerCase() : null,
    }))
    .sort((a, b) => a.number - b.number);
}
