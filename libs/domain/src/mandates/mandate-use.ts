/**
 * What has been used of a mandate's budget ceiling, in integer cents. Every figure is exact:
 * sums and comparisons use BigInt where a product could pass 2^53, so no float drift reaches
 * a cent. Only `shareUsed` is a float, and only for display (a bar, a percentage).
 *
 * The rule for a decision that would pass the ceiling when the region escalates instead of
 * refusing: it is recorded as an escalation to the board and does NOT count as used. Whatever
 * the board then decides is the board's decision, not one taken under the mandate.
 */

/** The share of the ceiling at which the mandate warns: 80 %, as a fraction of integers. */
export const MANDATE_ALERT_SHARE = { numerator: 8, denominator: 10 } as const;

/** A term ending within this many days warns. */
export const MANDATE_TERM_ALERT_DAYS = 30;

function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be whole cents`);
}

/** The sum of the amounts of the decisions taken under the mandate, exact to the cent. */
export function mandateUsedCents(amounts: readonly number[]): number {
  let total = 0n;
  amounts.forEach((amount, i) => {
    assertCents(amount, `amounts[${i}]`);
    if (amount < 0) throw new RangeError(`amounts[${i}] must not be negative`);
    total += BigInt(amount);
  });
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('the sum passes 2^53 cents');
  return Number(total);
}

/** What is left of the ceiling (negative when passed), or null without a ceiling. */
export function mandateRemainingCents(
  ceilingCents: number | null,
  usedCents: number,
): number | null {
  if (ceilingCents === null) return null;
  assertCents(ceilingCents, 'ceilingCents');
  assertCents(usedCents, 'usedCents');
  return ceilingCents - usedCents;
}

/**
 * The share of the ceiling used, for display: 0 to 1 while within it, above 1 when passed.
 * Null without a ceiling. A ceiling of 0 is fully used at 0 and passed by any amount.
 */
export function mandateShareUsed(ceilingCents: number | null, usedCents: number): number | null {
  if (ceilingCents === null) return null;
  if (ceilingCents <= 0) return usedCents > 0 ? 2 : 1;
  return usedCents / ceilingCents;
}

/** Whole per mille of the ceiling used, rounded down exactly (for a percentage without drift). */
export function mandateUsedPerMille(ceilingCents: number | null, usedCents: number): number | null {
  if (ceilingCents === null) return null;
  if (ceilingCents <= 0) return usedCents > 0 ? 2000 : 1000;
  return Number((BigInt(usedCents) * 1000n) / BigInt(ceilingCents));
}

/** Whether a new decision of `amountCents` would take the used amount past the ceiling. */
export function wouldPassCeiling(
  ceilingCents: number | null,
  usedCents: number,
  amountCents: number,
): boolean {
  if (ceilingCents === null) return false;
  return BigInt(usedCents) + BigInt(amountCents) > BigInt(ceilingCents);
}

/** Whether at least 80 % of a ceiling is used (exact: used × 10 ≥ ceiling × 8). */
export function ceilingAlert(ceilingCents: number | null, usedCents: number): boolean {
  if (ceilingCents === null || ceilingCents <= 0) return false;
  return (
    BigInt(usedCents) * BigInt(MANDATE_ALERT_SHARE.denominator) >=
    BigInt(ceilingCents) * BigInt(MANDATE_ALERT_SHARE.numerator)
  );
}

/** What the region does with a decision that would pass the ceiling. */
export const MANDATE_OVERRUN_RULES = ['refuse', 'escalate'] as const;
export type MandateOverrunRule = (typeof MANDATE_OVERRUN_RULES)[number];

/** The sentence a region's agreement prescribes when a decision passes the mandate, by default. */
export const DEFAULT_MANDATE_OVERRUN_SENTENCE =
  'Dit besluit overschrijdt het mandaat; het is voorbehouden aan het algemeen bestuur.';

/** Who took a decision under the mandate. */
export const MANDATE_DECIDERS = ['portfolio_holder', 'steering_group'] as const;
export type MandateDecider = (typeof MANDATE_DECIDERS)[number];
