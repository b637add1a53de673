import type {
  AppliedContributionKey,
  ContributionKeySpec,
  CouncilDecisionStatus,
  ExtraContributionSplit,
  FundingSource,
  LaterYearAmount,
  MunicipalityLaterYear,
  Participation,
} from '@koers/contracts';
import type { ContributionKeyType, ContributionSplitError } from '@koers/domain';
import type { SplitBudgetLine } from './assignment-split';

/** The input and result types of `computeContributions`. */

/** The budget lines whose money the member municipalities bring in, and so is split over them. */
export const MEMBER_FUNDING_SOURCES: readonly FundingSource[] = [
  'member_contribution',
  'extra_member_contribution',
];

export interface ContributionInputMunicipality {
  id: string;
  /** Inhabitants at the programme's reference date; null when not known. */
  population: number | null;
}

export interface ContributionInputAssignment {
  id: string;
  code: string;
  title: string;
  participation: Participation;
  /** The participants when participation is `opt_in`. */
  participantIds: readonly string[];
  contributionKey: ContributionKeySpec | null;
  /** Every year's lines (the split takes those of the programme's year; later ones apart). */
  budgetLines: readonly SplitBudgetLine[];
}

export interface ContributionInputDecision {
  municipalityId: string;
  status: CouncilDecisionStatus;
  declinedAssignmentIds: readonly string[];
}

/** Everything a split needs, read from the database or from a frozen programme version. */
export interface ContributionInput {
  /** The programme's year: only budget lines of this year count (later years are shown apart). */
  year: number;
  /** The programme's key; null = the region's default key type. */
  programmeKey: ContributionKeySpec | null;
  regionDefaultKeyType: ContributionKeyType;
  /** The member municipalities ('all' means all of these). */
  municipalities: readonly ContributionInputMunicipality[];
  assignments: readonly ContributionInputAssignment[];
  /** Council decisions; `partial` declines the named assignments, `rejected` declines all. */
  decisions?: readonly ContributionInputDecision[];
}

export interface ContributionSplitFailure {
  code: ContributionSplitError['code'];
  message: string;
  municipalityIds: string[];
}

export interface ComputedAssignmentContribution {
  assignmentId: string;
  code: string;
  title: string;
  amountCents: number;
  key: AppliedContributionKey;
  payerIds: string[];
  declinedByIds: string[];
  /** Cents per member municipality (0 for those that do not pay); empty when the split failed. */
  shares: Record<string, number>;
  splitTotalCents: number;
  balanced: boolean;
  error: ContributionSplitFailure | null;
  /** Who pays anything this year: the key's payers and the named payers of extra lines. */
  payingIds: string[];
  extraContributions: ExtraContributionSplit[];
  laterYears: LaterYearAmount[];
  /** Per later year its split (shares empty and `failed` when it cannot be made). */
  laterSplits: { year: number; shares: Record<string, number>; failed: boolean }[];
}

export interface ComputedMunicipalityContribution {
  municipalityId: string;
  population: number | null;
  totalCents: number;
  /** The assignments it pays for (as a payer), in the order of the input. */
  byAssignment: { assignmentId: string; code: string; amountCents: number }[];
  /** totalCents / population in euro cents, rounded to 1/100 cent; null when unknown. */
  perInhabitantCents: number | null;
  laterYears: MunicipalityLaterYear[];
}

export interface ContributionResult {
  totalCents: number;
  assignments: ComputedAssignmentContribution[];
  municipalities: ComputedMunicipalityContribution[];
  /** The assignments whose split could not be made. */
  failures: ComputedAssignmentContribution[];
  /** Later years of the assignments, ascending: never part of `totalCents`. */
  laterYears: { year: number; totalCents: number; unsplitAssignmentIds: string[] }[];
}
