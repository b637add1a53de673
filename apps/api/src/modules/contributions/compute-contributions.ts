import type {
  AppliedContributionKey,
  ContributionKeySpec,
  CouncilDecisionStatus,
  FundingSource,
  Participation,
} from '@koers/contracts';
import {
  ContributionKey,
  ContributionKeyType,
  ContributionSplitError,
  splitContribution,
} from '@koers/domain';

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
  budgetLines: readonly { fundingSource: FundingSource; amountCents: number }[];
}

export interface ContributionInputDecision {
  municipalityId: string;
  status: CouncilDecisionStatus;
  declinedAssignmentIds: readonly string[];
}

/** Everything a split needs, read from the database or from a frozen programme version. */
export interface ContributionInput {
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
}

export interface ComputedMunicipalityContribution {
  municipalityId: string;
  population: number | null;
  totalCents: number;
  /** The assignments it pays for (as a payer), in the order of the input. */
  byAssignment: { assignmentId: string; code: string; amountCents: number }[];
  /** totalCents / population in euro cents, rounded to 1/100 cent; null when unknown. */
  perInhabitantCents: number | null;
}

export interface ContributionResult {
  totalCents: number;
  assignments: ComputedAssignmentContribution[];
  municipalities: ComputedMunicipalityContribution[];
  /** The assignments whose split could not be made. */
  failures: ComputedAssignmentContribution[];
}

/** The key of an assignment: its own override, else the programme's, else the region's type. */
export function keyFor(
  assignment: Pick<ContributionInputAssignment, 'contributionKey'>,
  input: Pick<ContributionInput, 'programmeKey' | 'regionDefaultKeyType'>,
): AppliedContributionKey {
  if (assignment.contributionKey) return { ...assignment.contributionKey, source: 'assignment' };
  if (input.programmeKey) return { ...input.programmeKey, source: 'programme' };
  return { type: input.regionDefaultKeyType, source: 'region' };
}

/**
 * Splits the member contribution of every assignment over the municipalities that pay for it:
 * the participants minus those whose council declined it. Pure: the same input always gives the
 * same cents, and every successful split sums exactly to its amount.
 */
export function computeContributions(input: ContributionInput): ContributionResult {
  const memberIds = input.municipalities.map((m) => m.id);
  const members = new Set(memberIds);
  const rejecting = new Set<string>();
  const declinedBy = new Map<string, Set<string>>();
  for (const decision of input.decisions ?? []) {
    if (decision.status === 'rejected') rejecting.add(decision.municipalityId);
    if (decision.status === 'partial') {
      for (const assignmentId of decision.declinedAssignmentIds) {
        const set = declinedBy.get(assignmentId) ?? new Set<string>();
        set.add(decision.municipalityId);
        declinedBy.set(assignmentId, set);
      }
    }
  }

  const assignments = input.assignments.map((assignment): ComputedAssignmentContribution => {
    const amountCents = assignment.budgetLines
      .filter((line) => MEMBER_FUNDING_SOURCES.includes(line.fundingSource))
      .reduce((sum, line) => sum + line.amountCents, 0);
    const participants =
      assignment.participation === 'all'
        ? memberIds
        : assignment.participantIds.filter((id) => members.has(id));
    const declined = new Set([...rejecting, ...(declinedBy.get(assignment.id) ?? [])]);
    const payerIds = participants.filter((id) => !declined.has(id));
    const declinedByIds = participants.filter((id) => declined.has(id));
    const key = keyFor(assignment, input);
    const base = { assignmentId: assignment.id, code: assignment.code, title: assignment.title };
    try {
      const shares = splitContribution(
        amountCents,
        input.municipalities,
        payerIds,
        toDomainKey(key),
      );
      const splitTotalCents = Object.values(shares).reduce((sum, cents) => sum + cents, 0);
      return {
        ...base,
        amountCents,
        key,
        payerIds,
        declinedByIds,
        shares,
        splitTotalCents,
        balanced: splitTotalCents === amountCents,
        error: null,
      };
    } catch (error) {
      if (!(error instanceof ContributionSplitError)) throw error;
      return {
        ...base,
        amountCents,
        key,
        payerIds,
        declinedByIds,
        shares: {},
        splitTotalCents: 0,
        balanced: false,
        error: {
          code: error.code,
          message: error.message,
          municipalityIds: [...error.municipalityIds],
        },
      };
    }
  });

  const municipalities = input.municipalities.map((m): ComputedMunicipalityContribution => {
    const byAssignment = assignments
      .filter((a) => a.payerIds.includes(m.id))
      .map((a) => ({
        assignmentId: a.assignmentId,
        code: a.code,
        amountCents: a.shares[m.id] ?? 0,
      }));
    const totalCents = byAssignment.reduce((sum, part) => sum + part.amountCents, 0);
    return {
      municipalityId: m.id,
      population: m.population,
      totalCents,
      byAssignment,
      perInhabitantCents: perInhabitant(totalCents, m.population),
    };
  });

  return {
    totalCents: assignments.reduce((sum, a) => sum + a.splitTotalCents, 0),
    assignments,
    municipalities,
    failures: assignments.filter((a) => a.error !== null),
  };
}

/** Cents per inhabitant to 1/100 cent (a ratio for display, never stored as money). */
export function perInhabitant(totalCents: number, population: number | null): number | null {
  if (population === null || population <= 0) return null;
  return Math.round((totalCents * 100) / population) / 100;
}

/** Per municipality: last year's total and the difference, null where last year is unknown. */
export function compareWithPreviousYear(
  current: ContributionResult,
  previous: ContributionResult | null,
): Map<string, { previousYearTotalCents: number | null; differenceCents: number | null }> {
  const before = new Map(previous?.municipalities.map((m) => [m.municipalityId, m.totalCents]));
  return new Map(
    current.municipalities.map((m) => {
      const old = previous ? (before.get(m.municipalityId) ?? 0) : null;
      return [
        m.municipalityId,
        { previousYearTotalCents: old, differenceCents: old === null ? null : m.totalCents - old },
      ];
    }),
  );
}

function toDomainKey(key: AppliedContributionKey): ContributionKey {
  return {
    type: key.type,
    fixedShareBasisPoints: key.fixedShareBasisPoints,
    basisPointsByMunicipality: key.basisPointsByMunicipality,
    surcharge: key.surcharge ?? null,
  };
}
