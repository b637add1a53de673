import type {
  AssignmentAmountChange,
  ContributionSinceDecision,
  ContributionSinceDecisionSummary,
  MunicipalityAssignmentShare,
  ShownContribution,
  ShownContributionSummary,
} from '@koers/contracts';
import type { CouncilDecisionEntity } from './council-decision.entity';

/** A municipality's contribution as the split computes it now (or stored it then). */
export interface MunicipalityAmount {
  totalCents: number;
  byAssignment: readonly MunicipalityAssignmentShare[];
}

type Shown = Pick<CouncilDecisionEntity, 'shownTotalCents' | 'shownByAssignment' | 'shownAt'>;

export interface DecisionAmounts {
  shownContribution: ShownContribution | null;
  amountChangedSinceDecision: boolean;
  contributionSinceDecision: ContributionSinceDecision | null;
}

/** The amounts as the ratification matrix carries them: totals, no per-assignment lists. */
export interface DecisionAmountSummary {
  shownContribution: ShownContributionSummary | null;
  amountChangedSinceDecision: boolean;
  contributionSinceDecision: ContributionSinceDecisionSummary | null;
}

/** True when an assignment's amount differs between then and now (one side missing counts 0). */
function anyAssignmentChanged(
  then: readonly MunicipalityAssignmentShare[],
  now: readonly MunicipalityAssignmentShare[],
): boolean {
  const thenBy = new Map<string, number>();
  for (const a of then) thenBy.set(a.assignmentId, a.amountCents);
  for (const a of now) {
    if ((thenBy.get(a.assignmentId) ?? 0) !== a.amountCents) return true;
    thenBy.delete(a.assignmentId);
  }
  for (const cents of thenBy.values()) if (cents !== 0) return true;
  return false;
}

/**
 * What the council was shown when it decided against what its municipality pays now, in total,
 * and whether it changed (in total or per assignment). Nothing is recalculated: `then` is what
 * was stored with the decision. Without a stored amount (pending, or recorded before amounts
 * were kept) or without today's split, nothing is compared. The matrix needs no more, so no
 * per-assignment list is built for it.
 */
export function decisionAmountSummary(
  decision: Shown,
  now: MunicipalityAmount | null,
): DecisionAmountSummary {
  if (decision.shownTotalCents === null || decision.shownAt === null) {
    return {
      shownContribution: null,
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    };
  }
  const shownContribution: ShownContributionSummary = {
    totalCents: decision.shownTotalCents,
    shownAt: decision.shownAt.toISOString(),
  };
  if (!now) {
    return {
      shownContribution,
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    };
  }
  const differenceCents = now.totalCents - decision.shownTotalCents;
  return {
    shownContribution,
    amountChangedSinceDecision:
      differenceCents !== 0 ||
      anyAssignmentChanged(decision.shownByAssignment ?? [], now.byAssignment),
    contributionSinceDecision: {
      thenCents: decision.shownTotalCents,
      nowCents: now.totalCents,
      differenceCents,
    },
  };
}

/**
 * `decisionAmountSummary` with the amounts per assignment as well (one council's decision):
 * per assignment, an assignment on one side only counts 0 on the other.
 */
export function decisionAmounts(decision: Shown, now: MunicipalityAmount | null): DecisionAmounts {
  const summary = decisionAmountSummary(decision, now);
  const then = decision.shownByAssignment ?? [];
  const shownContribution: ShownContribution | null = summary.shownContribution && {
    ...summary.shownContribution,
    byAssignment: then.map((a) => ({ ...a })),
  };
  if (!now || !summary.contributionSinceDecision) {
    return {
      shownContribution,
      amountChangedSinceDecision: summary.amountChangedSinceDecision,
      contributionSinceDecision: null,
    };
  }
  const codes = new Map<string, string>();
  const thenBy = new Map<string, number>();
  const nowBy = new Map<string, number>();
  for (const a of then) {
    codes.set(a.assignmentId, a.code);
    thenBy.set(a.assignmentId, a.amountCents);
  }
  for (const a of now.byAssignment) {
    codes.set(a.assignmentId, a.code);
    nowBy.set(a.assignmentId, a.amountCents);
  }
  const byAssignment = [...codes.entries()]
    .map(([assignmentId, code]): AssignmentAmountChange => {
      const thenCents = thenBy.get(assignmentId) ?? 0;
      const nowCents = nowBy.get(assignmentId) ?? 0;
      return { assignmentId, code, thenCents, nowCents, differenceCents: nowCents - thenCents };
    })
    .sort((a, b) => a.code.localeCompare(b.code) || a.assignmentId.localeCompare(b.assignmentId));
  return {
    shownContribution,
    amountChangedSinceDecision: summary.amountChangedSinceDecision,
    contributionSinceDecision: { ...summary.contributionSinceDecision, byAssignment },
  };
}
