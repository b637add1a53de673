import type { MandateAlert, MandateDecider, MandateOverrunRule } from '@koers/domain';
import type { ProgrammeStatus } from '@koers/domain';
import type { MandateUse } from './mandate-use';
import type { ReportDue } from './start';

export type { MandateAlert, MandateDecider, MandateOverrunRule, MandateUse };

/** A decision taken under an assignment's mandate. */
export interface MandateDecisionResponse {
  id: string;
  assignmentId: string;
  /** ISO date the decision was taken. */
  decidedOn: string;
  description: string;
  amountCents: number;
  decidedBy: MandateDecider;
  minutesUrl: string | null;
  /**
   * Passed the ceiling and went to the board as an escalation (the region's setting). An
   * escalated decision does not count as used: what the board decides is not mandate use.
   */
  escalated: boolean;
  recordedBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MandateDecisionRequest {
  decidedOn: string;
  description: string;
  amountCents: number;
  decidedBy: MandateDecider;
  minutesUrl?: string | null;
}

export type UpdateMandateDecisionRequest = Partial<MandateDecisionRequest> & { version: number };

/** The portfolio holder's account for one report-back date of the mandate. */
export interface MandateAccountResponse {
  id: string;
  assignmentId: string;
  reportBackDate: string;
  reportedOn: string;
  summary: string;
  minutesUrl: string | null;
  recordedBy: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MandateAccountRequest {
  reportBackDate: string;
  reportedOn: string;
  summary: string;
  minutesUrl?: string | null;
}

export type UpdateMandateAccountRequest = Partial<Omit<MandateAccountRequest, 'reportBackDate'>> & {
  version: number;
};

export interface MandateResponse extends MandateUse {
  assignmentId: string;
  scope: string;
  reportBackDates: string[];
  overrunRule: MandateOverrunRule;
  decisions: MandateDecisionResponse[];
  accounts: MandateAccountResponse[];
}

/** One assignment the signed-in portfolio holder holds, with its mandate use. */
export interface PortfolioItem extends MandateUse {
  assignment: { id: string; code: string; title: string };
  programme: { id: string; title: string; year: number; status: ProgrammeStatus };
  regionId: string;
  /** The progress report still owed while the programme is in execution; null when none is. */
  reportDue: ReportDue | null;
}

export interface PortfolioResponse {
  items: PortfolioItem[];
}
