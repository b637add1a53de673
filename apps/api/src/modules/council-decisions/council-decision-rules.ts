import {
  STATUSES_WITH_VIEW,
  STATUSES_WITHOUT_VIEW,
  type FieldError,
  type RecordCouncilDecisionRequest,
} from '@koers/contracts';

export interface NumberedPoint {
  number: number;
  text: string;
  assignmentId: string | null;
}

/**
 * The rules a council decision must meet beyond the shape of the request; each broken rule
 * names its field. `assignmentIds` are the ids of the programme's assignments.
 */
export function checkCouncilDecision(
  body: RecordCouncilDecisionRequest,
  programme: { sentToCouncilsOn: string | null },
  assignmentIds: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  const { status } = body;
  const declined = body.declinedAssignmentIds ?? [];
  const points = body.viewPoints ?? [];

  if (status === 'pending') {
    if (body.decisionDate) {
      errors.push({ field: 'decisionDate', message: 'hoort niet bij status pending' });
    }
  } else if (!body.decisionDate) {
    errors.push({ field: 'decisionDate', message: `is verplicht bij status ${status}` });
  } else if (programme.sentToCouncilsOn && body.decisionDate < programme.sentToCouncilsOn) {
    errors.push({
      field: 'decisionDate',
      message: `mag niet vóór ${programme.sentToCouncilsOn} liggen, de dag waarop het programma aan de raden is gestuurd`,
    });
  }

  if (status === 'partial') {
    if (declined.length === 0) {
      errors.push({
        field: 'declinedAssignmentIds',
        message: 'is verplicht bij status partial: noem minstens één opdracht die de raad afwijst',
      });
    } else if (assignmentIds.size > 0 && declined.length >= assignmentIds.size) {
      errors.push({
        field: 'declinedAssignmentIds',
        message: 'wijst alle opdrachten af; gebruik dan status rejected',
      });
    }
  } else if (declined.length > 0) {
    errors.push({
      field: 'declinedAssignmentIds',
      message:
        status === 'rejected'
          ? 'moet leeg zijn bij status rejected: die wijst alle opdrachten af'
          : 'hoort alleen bij status partial',
    });
  }
  declined.forEach((id, i) => {
    if (!assignmentIds.has(id.toLowerCase())) {
      errors.push({
        field: `declinedAssignmentIds.${i}`,
        message: 'is geen opdracht van dit programma',
      });
    }
  });

  if (STATUSES_WITH_VIEW.includes(status) && points.length === 0) {
    errors.push({
      field: 'viewPoints',
      message: `is verplicht bij status ${status}: minstens één punt van de zienswijze`,
    });
  }
  if (STATUSES_WITHOUT_VIEW.includes(status) && points.length > 0) {
    errors.push({
      field: 'viewPoints',
      message: `hoort niet bij status ${status}, die geen zienswijze heeft`,
    });
  }
  const numbers = points.map((p, i) => p.number ?? i + 1);
  numbers.forEach((number, i) => {
    if (number > points.length || numbers.indexOf(number) !== i) {
      errors.push({
        field: `viewPoints.${i}.number`,
        message: `de punten moeten 1 tot en met ${points.length} genummerd zijn, elk nummer één keer`,
      });
    }
  });
  points.forEach((p, i) => {
    if (p.assignmentId && !assignmentIds.has(p.assignmentId.toLowerCase())) {
      errors.push({
        field: `viewPoints.${i}.assignmentId`,
        message: 'is geen opdracht van dit programma',
      });
    }
  });
  return errors;
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
