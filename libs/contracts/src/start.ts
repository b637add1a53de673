import type {
  CouncilDecisionStatus,
  DeadlineState,
  OwedReportStatus,
  ProgrammeStatus,
  RoleName,
  TransitionRefusalCode,
} from '@koers/domain';
import type { MandateUse } from './mandate-use';
import type { MunicipalityRef } from './refs';

/** A region the signed-in person holds roles in. */
export interface StartRegion {
  regionId: string;
  regionName: string;
  roles: RoleName[];
}

/** A programme that is not closed, as the bureau, the board, an observer or an admin follow it. */
export interface StartProgramme {
  id: string;
  regionId: string;
  regionName: string;
  year: number;
  title: string;
  status: ProgrammeStatus;
  assignmentCount: number;
  nextStep: {
    to: ProgrammeStatus;
    roles: RoleName[];
    ready: boolean;
    refusal: TransitionRefusalCode | null;
  } | null;
  /** Set while the councils are consulted: the deadline of the current round and days left. */
  consultationDeadline: string | null;
  daysLeft: number | null;
  /** The councils of the current round; null before the programme went to the councils. */
  councils: {
    total: number;
    pending: number;
    /** Undecided and within 14 days of the deadline. */
    dueSoon: number;
    /** Undecided after the deadline. */
    overdue: number;
    /** Decided councils whose municipality pays another amount now than they were shown. */
    amountChanged: MunicipalityRef[];
  } | null;
  unansweredViewPoints: number;
  /** Progress reports of the current period; null unless the programme is in execution. */
  reports: StartProgrammeReports | null;
  /** The board may take the next step now. */
  awaitsBoard: boolean;
}

/**
 * Where the progress reports of a programme in execution stand for its current period (the last
 * whose data period has ended), as the bureau chases them.
 */
export interface StartProgrammeReports {
  period: { id: string; title: string; dueOn: string };
  missing: number;
  draft: number;
  returned: number;
  /** Submitted and waiting for the bureau to accept or return them. */
  submitted: number;
  /** Not delivered (missing, draft or returned) after the due date. */
  late: number;
  /** Reports of earlier periods still not delivered after their due date. */
  lateEarlier: number;
}

/** The progress report an assignment still owes: the earliest period not delivered. */
export interface ReportDue {
  periodId: string;
  periodTitle: string;
  dueOn: string;
  status: OwedReportStatus;
  /** Past the due date and not delivered. */
  late: boolean;
  /** The bureau's comment when it returned the report. */
  reviewComment: string | null;
}

/** "Onze gemeente": what a council clerk's municipality faces in the newest programme they see. */
export interface StartCouncil {
  regionId: string;
  regionName: string;
  municipality: MunicipalityRef;
  /** Null while no programme of the region has been sent to the councils. */
  programme: {
    id: string;
    year: number;
    title: string;
    status: ProgrammeStatus;
    /** Set while the consultation runs. */
    deadline: string | null;
    daysLeft: number | null;
    deadlineState: DeadlineState | null;
    /** The council's decision in the current round (pending until it decides). */
    decisionStatus: CouncilDecisionStatus | null;
    decisionDate: string | null;
    /** What the municipality pays for the programme's year; null when it cannot be computed. */
    totalCents: number | null;
    previousYearTotalCents: number | null;
    differenceCents: number | null;
    /** A response memo exists once a council gave a view in the round. */
    hasResponseMemo: boolean;
  } | null;
}

/** An assignment a portfolio holder holds, with what is used of its mandate and its alerts. */
export interface StartAssignment {
  id: string;
  code: string;
  title: string;
  programmeId: string;
  year: number;
  regionId: string;
  status: string;
  /** Ceiling, use, term, the next report-back date and the alerts, as on the mandate's page. */
  mandate: MandateUse;
  /** The report still owed while the programme is in execution; null when none is. */
  reportDue: ReportDue | null;
}

/** Accounts of a region that need its administrator. */
export interface StartAccounts {
  regionId: string;
  regionName: string;
  /** Roles offered to existing accounts and not yet accepted. */
  openInvitations: number;
  /** Accounts with a role in the region that are deactivated. */
  deactivated: number;
}

/** `GET /api/me/start`: what waits for the signed-in person, per role, in their regions only. */
export interface StartResponse {
  today: string;
  regions: StartRegion[];
  programmes: StartProgramme[];
  councils: StartCouncil[];
  assignments: StartAssignment[];
  accounts: StartAccounts[];
}
