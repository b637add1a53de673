import type {
  AssignmentAmountChange,
  ContributionSinceDecision,
  MunicipalityAssignmentShare,
  ShownContribution,
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

/**
 * What the council was shown when it decided against what its municipality pays now: per
 * assignment (an assignment on one side only counts 0 on the other) and in total. Nothing is
 * recalculated: `then` is what was stored with the decision. Without a stored amount (pending,
 * or recorded before amounts were kept) or without today's split, nothing is compared.
 */
export function decisionAmounts(decision: Shown, now: MunicipalityAmount | null): DecisionAmounts {
  if (decision.shownTotalCents === null || decision.shownAt === null) {
    return {
      shownContribution: null,
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    };
  }
  const then = decision.shownByAssignment ?? [];
  const shownContribution: ShownContribution = {
    totalCents: decision.shownTotalCents,
    byAssignment: then.map((a) => ({ ...a })),
    shownAt: decision.shownAt.toISOString(),
  };
  if (!now) {
    return {
      shownContribution,
      amountChangedSinceDecision: false,
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
  const differenceCents = now.totalCents - decision.shownTotalCents;
  return {
    shownContribution,
    amountChangedSinceDecision:
      differenceCents !== 0 || byAssignment.some((a) => a.differenceCents !== 0),
    contributionSinceDecision: {
      thenCents: decision.shownTotalCents,
      nowCents: now.totalCents,
      differenceCents,
      byAssignment,
    },
  };
}
