import type { CouncilDecisionStatus, DeadlineState } from '@koers/domain';
import type { MunicipalityAssignmentShare } from './contribution';
import type { ConsultationRoundInfo } from './consultation-round';
import type { AssignmentRef, MunicipalityRef } from './refs';
import type { ViewPointResponse } from './view-point';

/**
 * What the council's municipality was to pay when the council recorded its decision (its own
 * declines applied), in total: the matrix's row carries this much.
 */
export interface ShownContributionSummary {
  totalCents: number;
  /** When it was stored (ISO timestamp): the moment the decision was recorded. */
  shownAt: string;
}

/** The shown contribution as one council's decision carries it: also per assignment. */
export interface ShownContribution extends ShownContributionSummary {
  byAssignment: MunicipalityAssignmentShare[];
}

/** Then (at the decision) and now, per assignment; an assignment missing on one side counts 0. */
export interface AssignmentAmountChange {
  assignmentId: string;
  code: string;
  thenCents: number;
  nowCents: number;
  differenceCents: number;
}

/** The municipality's amount at its council's decision against today's, in total (matrix row). */
export interface ContributionSinceDecisionSummary {
  thenCents: number;
  nowCents: number;
  /** now − then: "bedrag gewijzigd sinds besluit: +€ 1.268,77". */
  differenceCents: number;
}

/** Then and now as one council's decision carries it: also per assignment. */
export interface ContributionSinceDecision extends ContributionSinceDecisionSummary {
  byAssignment: AssignmentAmountChange[];
}

/**
 * One row of the ratification matrix: one member council, its amounts in total only (the
 * per-assignment lists are on one council's decision, `CouncilDecisionResponse`).
 */
export interface CouncilDecisionMatrixItem {
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
  deadlineState: DeadlineState | null;
  /** Null while the council has not decided (pending), or for a decision recorded before it was kept. */
  shownContribution: ShownContributionSummary | null;
  /** True when today's amount differs from `shownContribution` (by total or per assignment). */
  amountChangedSinceDecision: boolean;
  /** Then and now; null when there is no shown contribution or today's split cannot be made. */
  contributionSinceDecision: ContributionSinceDecisionSummary | null;
  version: number;
  updatedAt: string;
}

/** One council's decision: the matrix's row with the amounts per assignment as well. */
export interface CouncilDecisionResponse extends CouncilDecisionMatrixItem {
  shownContribution: ShownContribution | null;
  contributionSinceDecision: ContributionSinceDecision | null;
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
  byDeadlineState: Record<DeadlineState, number>;
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
  items: CouncilDecisionMatrixItem[];
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
