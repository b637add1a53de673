import type { AppliedContributionKey, MunicipalityLaterYear } from '@koers/contracts';
import { ContributionKeySpec, ContributionSplitError, memberAmountOfYear } from '@koers/domain';
import { laterMemberYears, splitAssignmentYear } from './assignment-split';
import type {
  ComputedAssignmentContribution,
  ComputedMunicipalityContribution,
  ContributionInput,
  ContributionInputAssignment,
  ContributionResult,
} from './contribution-types';

export * from './contribution-types';

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
    const participants =
      assignment.participation === 'all'
        ? memberIds
        : assignment.participantIds.filter((id) => members.has(id));
    const declined = new Set([...rejecting, ...(declinedBy.get(assignment.id) ?? [])]);
    const payerIds = participants.filter((id) => !declined.has(id));
    const declinedByIds = participants.filter((id) => declined.has(id));
    const key = keyFor(assignment, input);
    const split = (year: number) =>
      splitAssignmentYear(
        assignment.budgetLines,
        year,
        input.municipalities,
        payerIds,
        declined,
        toDomainKey(key),
      );
    const laterSplits = laterMemberYears(assignment.budgetLines, input.year).map((year) => {
      try {
        const later = split(year);
        return { year, amountCents: later.amountCents, shares: later.shares, failed: false };
      } catch (error) {
        if (!(error instanceof ContributionSplitError)) throw error;
        const amountCents = memberAmountOfYear(assignment.budgetLines, year);
        return { year, amountCents, shares: {}, failed: true };
      }
    });
    const base = {
      assignmentId: assignment.id,
      code: assignment.code,
      title: assignment.title,
      key,
      payerIds,
      declinedByIds,
      laterYears: laterSplits.map(({ year, amountCents }) => ({ year, amountCents })),
      laterSplits: laterSplits.map(({ year, shares, failed }) => ({ year, shares, failed })),
    };
    try {
      const { amountCents, shares, payingIds, extraContributions } = split(input.year);
      const splitTotalCents = Object.values(shares).reduce((sum, cents) => sum + cents, 0);
      return {
        ...base,
        amountCents,
        shares,
        splitTotalCents,
        balanced: splitTotalCents === amountCents,
        error: null,
        payingIds,
        extraContributions,
      };
    } catch (error) {
      if (!(error instanceof ContributionSplitError)) throw error;
      return {
        ...base,
        amountCents: memberAmountOfYear(assignment.budgetLines, input.year),
        shares: {},
        splitTotalCents: 0,
        balanced: false,
        error: {
          code: error.code,
          message: error.message,
          municipalityIds: [...error.municipalityIds],
        },
        payingIds: [],
        extraContributions: [],
      };
    }
  });

  const laterYearsOf = [...new Set(assignments.flatMap((a) => a.laterYears.map((l) => l.year)))];
  laterYearsOf.sort((a, b) => a - b);
  const municipalities = input.municipalities.map((m): ComputedMunicipalityContribution => {
    const byAssignment = assignments
      .filter((a) => a.payingIds.includes(m.id))
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
      laterYears: laterYearsOf.flatMap((year): MunicipalityLaterYear[] => {
        const parts = assignments.flatMap((a) => {
          const cents = a.laterSplits.find((l) => l.year === year)?.shares[m.id] ?? 0;
          return cents > 0
            ? [{ assignmentId: a.assignmentId, code: a.code, amountCents: cents }]
            : [];
        });
        if (parts.length === 0) return [];
        const total = parts.reduce((sum, part) => sum + part.amountCents, 0);
        return [{ year, totalCents: total, byAssignment: parts }];
      }),
    };
  });

  return {
    totalCents: assignments.reduce((sum, a) => sum + a.splitTotalCents, 0),
    assignments,
    municipalities,
    failures: assignments.filter((a) => a.error !== null),
    laterYears: laterYearsOf.map((year) => {
      const splits = assignments.flatMap((a) => a.laterSplits.filter((l) => l.year === year));
      return {
        year,
        totalCents: splits
          .flatMap((l) => Object.values(l.shares))
          .reduce((sum, cents) => sum + cents, 0),
        unsplitAssignmentIds: assignments
          .filter((a) => a.laterSplits.some((l) => l.year === year && l.failed))
          .map((a) => a.assignmentId),
      };
    }),
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

function toDomainKey(key: AppliedContributionKey): ContributionKeySpec {
  return {
    type: key.type,
    fixedShareBasisPoints: key.fixedShareBasisPoints,
    basisPointsByMunicipality: key.basisPointsByMunicipality,
    surcharge: key.surcharge ?? null,
  };
}
