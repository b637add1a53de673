import type { AssignmentStatus, FundingSource, Participation } from './assignment';
import type { CouncilDecisionStatus, ProgrammeStatus } from '@koers/domain';
import type { GovernanceMode } from './region';

/**
 * The open-data API (`/api/open/v1/…`): read-only, anonymous, adopted programmes only, no
 * personal data — no people's names or e-mail addresses, and no free text a person wrote about
 * a council's decision (views, answers, notes, references). Amounts are whole euro cents.
 */
export interface OpenPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface OpenRegion {
  id: string;
  name: string;
  shortName: string;
  governanceMode: GovernanceMode;
  provinces: string[];
  municipalityCount: number;
  /** Programmes adopted (or later: in execution, closed). */
  adoptedProgrammeCount: number;
}

export interface OpenProgramme {
  id: string;
  regionId: string;
  regionName: string;
  year: number;
  title: string;
  introduction: string;
  /** adopted, in_execution or closed: never a draft or a programme still before the councils. */
  status: ProgrammeStatus;
  adoptedOn: string | null;
  populationReferenceDate: string | null;
  assignmentCount: number;
  /** All budget lines of all assignments, every source and year. */
  budgetTotalCents: number;
}

export interface OpenAssignment {
  id: string;
  programmeId: string;
  code: string;
  title: string;
  themeId: string;
  themeTitle: string;
  goal: string;
  results: string[];
  status: AssignmentStatus;
  participation: Participation;
  priority: number;
  budgetTotalCents: number;
  mandateBudgetCeilingCents: number | null;
  mandateValidFrom: string | null;
  mandateValidUntil: string | null;
}

export interface OpenBudgetLine {
  assignmentId: string;
  assignmentCode: string;
  fundingSource: FundingSource;
  /** The funder as the programme names it, e.g. "provincie Noord-Brabant". */
  sourceName: string;
  year: number;
  amountCents: number;
}

/** What one member municipality pays for one assignment in the programme's year. */
export interface OpenContribution {
  municipalityId: string;
  municipalityName: string;
  cbsCode: string;
  assignmentId: string;
  assignmentCode: string;
  amountCents: number;
}

export interface OpenCouncilDecision {
  municipalityId: string;
  municipalityName: string;
  cbsCode: string;
  status: CouncilDecisionStatus;
  councilMeetingDate: string | null;
  decisionDate: string | null;
  /** The assignments this council declined (a partial decision). */
  declinedAssignmentCodes: string[];
  /** How many points its formal view had (the text is not published here). */
  viewPointCount: number;
}
