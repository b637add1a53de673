import {
  compareWithPreviousYear,
  computeContributions,
  ContributionResult,
} from './compute-contributions';
import { BoundedCache, boundedCache } from '../../common/bounded-cache';
import { parseSplitInputs, SplitInputs } from './contribution-input';

/** A programme's split and the region's split of the year before: what both endpoints show. */
export interface ComputedSplit {
  inputs: SplitInputs;
  result: ContributionResult;
  /** Null when there is no programme the year before, its split cannot be made, or this one's. */
  previous: { programmeId: string; year: number; result: ContributionResult } | null;
  /** Per municipality last year's total and the difference (empty when this split failed). */
  compared: ReturnType<typeof compareWithPreviousYear>;
}

/** Splits the programme; only when that works, last year's as well to compare with. */
export function computeSplit(inputs: SplitInputs): ComputedSplit {
  const result = computeContributions(inputs.input);
  if (result.failures.length > 0) return { inputs, result, previous: null, compared: new Map() };
  const last = inputs.previous && computeContributions(inputs.previous.input);
  const previous =
    inputs.previous && last && last.failures.length === 0
      ? { programmeId: inputs.previous.programmeId, year: inputs.previous.year, result: last }
      : null;
  return {
    inputs,
    result,
    previous,
    compared: compareWithPreviousYear(result, previous?.result ?? null),
  };
}

/**
 * The computed splits by the text of their inputs (the `split` column of `splitSql`). A split is
 * a pure function of that text, so the result for the same text is the same result: it is kept
 * for the next request instead of parsing and splitting again, which was a fifth of the CPU of
 * a busy programme's pages (issue 7). Any change to the data changes the text, so an entry never
 * goes stale; it is only not used again. Bounded (`boundedCache`): the least recently used goes
 * first. The values are shared between requests: never change them.
 */
export class SplitMemo {
  private readonly splits: BoundedCache<string, ComputedSplit>;

  constructor(maxEntries = 64) {
    this.splits = boundedCache<string, ComputedSplit>({ max: maxEntries });
  }

  splitOf(text: string): ComputedSplit {
    const known = this.splits.get(text);
    if (known) return known;
    const computed = computeSplit(parseSplitInputs(text));
    this.splits.set(text, computed);
    return computed;
  }
}
