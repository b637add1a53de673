import type { ContributionKeySpec, PayerSplit } from '@koers/domain';

/** Where an assignment stands; set by the bureau. */
export type AssignmentStatus = 'concept' | 'active' | 'paused' | 'done' | 'dropped';
export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  'concept',
  'active',
  'paused',
  'done',
  'dropped',
];

/** All member municipalities take part, or only those on the opt-in list. */
export type Participation = 'all' | 'opt_in';
export const PARTICIPATIONS: readonly Participation[] = ['all', 'opt_in'];

/** Where the money of a budget line comes from. */
export type FundingSource =
  | 'member_contribution'
  | 'extra_member_contribution'
  | 'province'
  | 'national'
  | 'eu'
  | 'private'
  | 'other';
export const FUNDING_SOURCES: readonly FundingSource[] = [
  'member_contribution',
  'extra_member_contribution',
  'province',
  'national',
  'eu',
  'private',
  'other',
];

/** The CBS broad-prosperity (brede welvaart) themes; the Dutch labels live in the web app. */
export type BroadProsperityTheme =
  | 'subjective_wellbeing'
  | 'material_welfare'
  | 'health'
  | 'work_and_leisure'
  | 'housing'
  | 'society'
  | 'safety'
  | 'environment';
export const BROAD_PROSPERITY_THEMES: readonly BroadProsperityTheme[] = [
  'subjective_wellbeing',
  'material_welfare',
  'health',
  'work_and_leisure',
  'housing',
  'society',
  'safety',
  'environment',
];

/** One municipality (of the region) that pays an extra contribution. */
export interface BudgetLinePayer {
  municipalityId: string;
  /** `fixed_amounts` only (required there, whole cents); null or left out for the other splits. */
  amountCents?: number | null;
}

export interface BudgetLine {
  fundingSource: FundingSource;
  /** Who pays, in words, e.g. "provincie Noord-Brabant". */
  sourceName: string;
  /** The year the money is for: a programme's contribution counts only the lines of its year. */
  year: number;
  amountCents: number;
  /**
   * `extra_member_contribution` only, and required there on every create or edit: the
   * municipalities that pay this line (one or more of the region). Null/left out for other
   * sources. A payer whose council declines the assignment does not pay: its part goes to the
   * remaining payers by the same split (fixed amounts: in proportion to their amounts).
   */
  payers?: BudgetLinePayer[] | null;
  /** `extra_member_contribution` only, required with `payers`. */
  payerSplit?: PayerSplit | null;
}

/** A budget line as the API answers it. */
export interface BudgetLineResponse extends BudgetLine {
  payers: BudgetLinePayer[] | null;
  payerSplit: PayerSplit | null;
  /**
   * True for an `extra_member_contribution` line stored before payers existed: it is still split
   * over every payer of the assignment by its key (the old behaviour) until it is edited, and an
   * edit must name its payers. The bureau sees a warning.
   */
  needsPayers: boolean;
}

/** Capacity of one supplier in one year: either FTE or hours, never both. */
export interface CapacityLine {
  supplierOrganisationId: string | null;
  supplierName: string;
  year: number;
  fte: number | null;
  hours: number | null;
}

export interface Kpi {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  targetDate: string | null;
  broadProsperityTheme: BroadProsperityTheme | null;
}

export interface Risk {
  description: string;
  mitigation: string;
}

/** What the portfolio holder and steering group may decide without going back. */
export interface Mandate {
  scope: string;
  budgetCeilingCents: number | null;
  validFrom: string | null;
  validUntil: string | null;
  reportBackDates: string[];
  /** What must go back to the board or the councils. */
  escalation: string;
}

/** The whole document of an assignment as the bureau edits it. */
export interface AssignmentDocument {
  themeId: string;
  code: string;
  title: string;
  goal: string;
  results: string[];
  risks: Risk[];
  portfolioHolderId: string | null;
  leadId: string | null;
  participation: Participation;
  status: AssignmentStatus;
  /** 1 (highest) to 5. */
  priority: number;
  mandate: Mandate;
  budgetLines: BudgetLine[];
  capacityLines: CapacityLine[];
  kpis: Kpi[];
  /** Municipalities taking part when participation is 'opt_in'. */
  participantIds: string[];
  linkedAssignmentIds: string[];
  externalProgrammeIds: string[];
  /** Overrides the programme's cost-sharing key for this assignment; null = the programme's. */
  contributionKey: ContributionKeySpec | null;
}

export type CreateAssignmentRequest = Pick<AssignmentDocument, 'themeId' | 'code' | 'title'> &
  Partial<Omit<AssignmentDocument, 'mandate'>> & { mandate?: Partial<Mandate> };

/** Fields left out stay as they are; a list that is sent replaces the stored list. */
export type UpdateAssignmentRequest = Partial<Omit<AssignmentDocument, 'mandate'>> & {
  mandate?: Partial<Mandate>;
  /**
   * During the consultation only, and then required: the view points of the current round this
   * change answers (an amendment, adopted "with amendments").
   */
  answersViewPointIds?: string[];
  /** The version read; may instead be sent as `If-Match: "<version>"`. */
  version?: number;
};

export interface AssignmentResponse extends Omit<AssignmentDocument, 'budgetLines'> {
  budgetLines: BudgetLineResponse[];
  id: string;
  programmeId: string;
  regionId: string;
  budgetTotalCents: number;
  fteTotal: number;
  hoursTotal: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AssignmentSummary {
  id: string;
  programmeId: string;
  themeId: string;
  code: string;
  title: string;
  status: AssignmentStatus;
  priority: number;
  participation: Participation;
  portfolioHolderId: string | null;
  leadId: string | null;
  budgetTotalCents: number;
  /** Capacity summed over all capacity lines: FTE and hours. */
  fteTotal: number;
  hoursTotal: number;
  version: number;
}

export type AssignmentSortField = 'code' | 'title' | 'priority' | 'status' | 'budget';
export const ASSIGNMENT_SORT_FIELDS: readonly AssignmentSortField[] = [
  'code',
  'title',
  'priority',
  'status',
  'budget',
];

/**
 * Takes the assignments that continue (not done, not dropped) from an earlier programme of the
 * region into a draft programme: their content as it stands, their budget and capacity from the
 * new programme's year on.
 */
export interface CopyAssignmentsRequest {
  fromProgrammeId: string;
}

export interface CopyAssignmentsResponse {
  /** The codes of the copies, in code order. */
  copiedCodes: string[];
  /** Codes the programme already had: those assignments were left as they were. */
  skippedCodes: string[];
}
