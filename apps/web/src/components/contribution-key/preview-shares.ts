import type { ContributionKeySpec } from '@koers/contracts';
import {
  ContributionSplitError,
  splitContribution,
  splitExtraContribution,
  type ContributingMunicipality,
} from '@koers/domain';
import type { ContributionParts } from './contribution-parts';

export interface PreviewShares {
  /** What each municipality pays by the key (every municipality has an entry); null on a problem. */
  byKey: Record<string, number> | null;
  keyProblem: ContributionSplitError | null;
  /** What each municipality pays of the extra contributions, summed over the lines. */
  byExtra: Record<string, number>;
  extraProblems: { n: number; problem: ContributionSplitError }[];
}

const attempt = <T>(split: () => T): T | ContributionSplitError => {
  try {
    return split();
  } catch (error) {
    if (error instanceof ContributionSplitError) return error;
    throw error;
  }
};

/**
 * The split as the API will make it, with the same functions of `@koers/domain`: the key's part
 * over the participants, each extra contribution over the payers it names.
 */
export function previewShares(
  parts: ContributionParts,
  municipalities: readonly ContributingMunicipality[],
  payerIds: readonly string[],
  key: ContributionKeySpec,
): PreviewShares {
  const byKey = attempt(() =>
    splitContribution(parts.keyAmountCents, municipalities, payerIds, key),
  );
  const byExtra: Record<string, number> = {};
  const extraProblems: PreviewShares['extraProblems'] = [];
  for (const extra of parts.extras) {
    const shares = attempt(() =>
      splitExtraContribution(extra.amountCents, municipalities, extra.payers, extra.split),
    );
    if (shares instanceof ContributionSplitError) {
      extraProblems.push({ n: extra.n, problem: shares });
      continue;
    }
    for (const [id, cents] of Object.entries(shares)) byExtra[id] = (byExtra[id] ?? 0) + cents;
  }
  return {
    byKey: byKey instanceof ContributionSplitError ? null : byKey,
    keyProblem: byKey instanceof ContributionSplitError ? byKey : null,
    byExtra,
    extraProblems,
  };
}
