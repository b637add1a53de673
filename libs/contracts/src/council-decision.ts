import type { MunicipalityAssignmentShare } from './contribution';
import type { ViewPointResponse } from './view-point';

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

/** Against the consultation deadline (`due_soon` = within 14 days, still pending). */
export type CouncilDeadlineState = 'on_time' | 'due_soon' | 'overdue';
export const COUNCIL_DEADLINE_STATES: readonly CouncilDeadlineState[] = [
  'on_time',
  'due_soon',
  'overdue',
];

export interface MunicipalityRef {
  id: string;
  name: string;
  cbsCode: string;
}

export interface AssignmentRef {
  id: string;
  code: string;
  title: string;
}

/**
 * What the council's municipality was to pay when the council recorded its decision (its own
 * declines applied), stored with the decision: the programme's year, total and per assignment.
 */
export interface ShownContribution {
  totalCents: number;
  byAssignment: MunicipalityAssignmentShare[];
  /** When it was stored (ISO timestamp): the moment the decision was recorded. */
  shownAt: string;
}

/** Then (at the decision) and now, per assignment; an assignment missing on one side counts 0. */
export interface AssignmentAmountChange {
  assignmentId: string;
  code: string;
  thenCents: number;
  nowCents: number;
  differenceCents: number;
}

/** The municipality's amount at its council's decision against today's. */
export interface ContributionSinceDecision {
  thenCents: number;
  nowCents: number;
  /** now − then: "bedrag gewijzigd sinds besluit: +€ 1.268,77". */
  differenceCents: number;
  byAssignment: AssignmentAmountChange[];
}

/**
 * Which consultation round a response shows. A programme sent to the councils again after
 * going back to draft starts the next round; earlier rounds stay readable as history.
 */
export interface ConsultationRoundInfo {
  /** The round shown (1, 2, …). */
  round: number;
  /** The programme's latest round: the one recorded in and counted for adoption. */
  currentRound: number;
  /** Every round of the programme, oldest first. */
  rounds: number[];
}

/** One row of the ratification matrix: one member council. */
export interface CouncilDecisionResponse {
  id: string;
  programmeId: string;
  /** The consultation round this decision belongs to. */
  round: number;
  municipality: MunicipalityRef;
  status: CouncilDecisionStatus;
  /** True once the council reacted (any status but `pending`); its decision date counts for the deadline. */
  responded: boolean;
  councilMeetingDate: string | null;
  decisionDate: string | null;
  decisionReference: string;
  decisionUrl: string | null;
  /** The assignments the council declines: the named ones for `partial`, all for `rejected`. */
  declinedAssignments: AssignmentRef[];
  viewPointCount: number;
  unansweredViewPointCount: number;
  /** The programme's consultation deadline (null if it was never set). */
  deadline: string | null;
  deadlineState: CouncilDeadlineState | null;
  /** Null while the council has not decided (pending), or for a decision recorded before it was kept. */
  shownContribution: ShownContribution | null;
  /** True when today's amount differs from `shownContribution` (by total or per assignment). */
  amountChangedSinceDecision: boolean;
  /** Then and now; null when there is no shown contribution or today's split cannot be made. */
  contributionSinceDecision: ContributionSinceDecision | null;
  version: number;
  updatedAt: string;
}

export interface CouncilDecisionDetailResponse extends CouncilDecisionResponse {
  viewPoints: ViewPointResponse[];
  /** The programme's latest round and all its rounds (this decision's is `round`). */
  currentRound: number;
  rounds: number[];
}

export interface CouncilDecisionCounts {
  total: number;
  responded: number;
  byStatus: Record<CouncilDecisionStatus, number>;
  byDeadlineState: Record<CouncilDeadlineState, number>;
  viewPoints: number;
  unansweredViewPoints: number;
}

/** `GET /api/programmes/{id}/council-decisions[?round=n]`: the current round unless asked. */
export interface CouncilDecisionMatrixResponse extends ConsultationRoundInfo {
  programmeId: string;
  programmeStatus: string;
  sentToCouncilsOn: string | null;
  deadline: string | null;
  /** The date the deadline states were computed for. */
  today: string;
  items: CouncilDecisionResponse[];
  counts: CouncilDecisionCounts;
}

export interface ViewPointInput {
  /** 1..n; when left out, the position in the list. */
  number?: number;
  text: string;
  assignmentId?: string | null;
}

/** `PUT /api/programmes/{id}/council-decisions/{municipalityId}`: the whole decision. */
export interface RecordCouncilDecisionRequest {
  status: CouncilDecisionStatus;
  councilMeetingDate?: string | null;
  decisionDate?: string | null;
  decisionReference?: string;
  decisionUrl?: string | null;
  /** Required (non-empty) for `partial`; empty otherwise (`rejected` declines everything). */
  declinedAssignmentIds?: string[];
  /** Required (at least one) for `view_submitted` and `agreed_with_view`. */
  viewPoints?: ViewPointInput[];
  /** The version read; may instead be sent as `If-Match: "<version>"`. */
  version?: number;
}
