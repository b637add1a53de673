/**
 * Where a member council stands on a programme sent to it for its formal view:
 * `pending` (nothing yet), `no_view` (decided not to send a view), `view_submitted` (sent a view,
 * no final decision yet), `agreed`, `agreed_with_view`, `rejected` (declines every assignment),
 * `partial` (takes part, but declines the assignments it names).
 */
export type CouncilDecisionStatus =
  'pending' | 'no_view' | 'view_submitted' | 'agreed' | 'agreed_with_view' | 'rejected' | 'partial';
export const COUNCIL_DECISION_STATUSES: readonly CouncilDecisionStatus[] = [
  'pending',
  'no_view',
  'view_submitted',
  'agreed',
  'agreed_with_view',
  'rejected',
  'partial',
];

/** The statuses that come with a formal view of at least one point. */
export const STATUSES_WITH_VIEW: readonly CouncilDecisionStatus[] = [
  'view_submitted',
  'agreed_with_view',
];

/** The statuses in which a council has not sent a view and so may not have points. */
export const STATUSES_WITHOUT_VIEW: readonly CouncilDecisionStatus[] = [
  'pending',
  'no_view',
  'agreed',
];

/** Every status but `pending` is a decision taken on a day. */
export const needsDecisionDate = (status: CouncilDecisionStatus) => status !== 'pending';
export const needsViewPoints = (status: CouncilDecisionStatus) =>
  STATUSES_WITH_VIEW.includes(status);
export const allowsViewPoints = (status: CouncilDecisionStatus) =>
  !STATUSES_WITHOUT_VIEW.includes(status);
/** Only a partial decision names the assignments the council declines. */
export const namesDeclinedAssignments = (status: CouncilDecisionStatus) => status === 'partial';

/** Which rule a field breaks: the web shows its own sentence for each, the API the message. */
export type CouncilDecisionRule =
  | 'DECISION_DATE_NOT_ALLOWED'
  | 'DECISION_DATE_MISSING'
  | 'DECISION_DATE_BEFORE_SENT'
  | 'DECLINED_MISSING'
  | 'DECLINED_ALL'
  | 'DECLINED_NOT_ALLOWED'
  | 'NOT_AN_ASSIGNMENT'
  | 'VIEW_POINTS_MISSING'
  | 'VIEW_POINTS_NOT_ALLOWED'
  | 'VIEW_POINT_NUMBERING'
  | 'VIEW_POINT_TEXT_MISSING';

export interface CouncilDecisionProblem {
  /** The request's field, e.g. `decisionDate`, `viewPoints.2.text`. */
  field: string;
  rule: CouncilDecisionRule;
  /** One Dutch sentence (the API answers with it). */
  message: string;
  /** The point's number, for a rule about one point. */
  number?: number;
}

export interface CouncilDecisionInput {
  status: CouncilDecisionStatus;
  decisionDate?: string | null;
  declinedAssignmentIds?: readonly string[] | null;
  viewPoints?: readonly { number?: number; text: string; assignmentId?: string | null }[] | null;
}

export interface CouncilDecisionContext {
  /** The day the programme went to the councils: no decision falls before it. */
  sentToCouncilsOn?: string | null;
  /** The ids (lower case) of the programme's assignments; left out, ids are not checked. */
  assignmentIds?: ReadonlySet<string>;
}

/**
 * What a council decision must meet beyond the shape of its fields, each problem naming its
 * field: the API refuses with these (400), the web checks the same before sending.
 */
export function checkCouncilDecision(
  input: CouncilDecisionInput,
  context: CouncilDecisionContext = {},
): CouncilDecisionProblem[] {
  const problems: CouncilDecisionProblem[] = [];
  const add = (field: string, rule: CouncilDecisionRule, message: string, number?: number) =>
    problems.push(
      number === undefined ? { field, rule, message } : { field, rule, message, number },
    );
  const { status } = input;
  const declined = input.declinedAssignmentIds ?? [];
  const points = input.viewPoints ?? [];
  const { sentToCouncilsOn, assignmentIds } = context;

  if (!needsDecisionDate(status)) {
    if (input.decisionDate) {
      add('decisionDate', 'DECISION_DATE_NOT_ALLOWED', 'hoort niet bij status pending');
    }
  } else if (!input.decisionDate) {
    add('decisionDate', 'DECISION_DATE_MISSING', `is verplicht bij status ${status}`);
  } else if (sentToCouncilsOn && input.decisionDate < sentToCouncilsOn) {
    add(
      'decisionDate',
      'DECISION_DATE_BEFORE_SENT',
      `mag niet vóór ${sentToCouncilsOn} liggen, de dag waarop het programma aan de raden is gestuurd`,
    );
  }

  if (namesDeclinedAssignments(status)) {
    if (declined.length === 0) {
      add(
        'declinedAssignmentIds',
        'DECLINED_MISSING',
        'is verplicht bij status partial: noem minstens één opdracht die de raad afwijst',
      );
    } else if (assignmentIds && assignmentIds.size > 0 && declined.length >= assignmentIds.size) {
      add(
        'declinedAssignmentIds',
        'DECLINED_ALL',
        'wijst alle opdrachten af; gebruik dan status rejected',
      );
    }
  } else if (declined.length > 0) {
    add(
      'declinedAssignmentIds',
      'DECLINED_NOT_ALLOWED',
      status === 'rejected'
        ? 'moet leeg zijn bij status rejected: die wijst alle opdrachten af'
        : 'hoort alleen bij status partial',
    );
  }
  declined.forEach((id, i) => {
    if (assignmentIds && !assignmentIds.has(id.toLowerCase())) {
      add(`declinedAssignmentIds.${i}`, 'NOT_AN_ASSIGNMENT', 'is geen opdracht van dit programma');
    }
  });

  if (needsViewPoints(status) && points.length === 0) {
    add(
      'viewPoints',
      'VIEW_POINTS_MISSING',
      `is verplicht bij status ${status}: minstens één punt van de zienswijze`,
    );
  }
  if (!allowsViewPoints(status) && points.length > 0) {
    add(
      'viewPoints',
      'VIEW_POINTS_NOT_ALLOWED',
      `hoort niet bij status ${status}, die geen zienswijze heeft`,
    );
  }
  const numbers = points.map((p, i) => p.number ?? i + 1);
  numbers.forEach((number, i) => {
    if (number > points.length || numbers.indexOf(number) !== i) {
      add(
        `viewPoints.${i}.number`,
        'VIEW_POINT_NUMBERING',
        `de punten moeten 1 tot en met ${points.length} genummerd zijn, elk nummer één keer`,
      );
    }
  });
  points.forEach((p, i) => {
    if (!p.text.trim()) {
      add(`viewPoints.${i}.text`, 'VIEW_POINT_TEXT_MISSING', 'mag niet leeg zijn', numbers[i]);
    }
    if (p.assignmentId && assignmentIds && !assignmentIds.has(p.assignmentId.toLowerCase())) {
      add(
        `viewPoints.${i}.assignmentId`,
        'NOT_AN_ASSIGNMENT',
        'is geen opdracht van dit programma',
      );
    }
  });
  return problems;
}
