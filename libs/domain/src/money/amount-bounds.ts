/**
 * The largest amount one line may hold: € 10 billion in cents. Larger than any regional budget,
 * small enough that the sums Koers makes of them stay exact in JavaScript and PostgreSQL.
 */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

/**
 * The largest budget a programme may add up to: € 10 trillion in cents, well below 2^53 (about
 * 9 × 10^15), so every total, split and difference of a programme is a safe integer.
 */
export const MAX_PROGRAMME_BUDGET_CENTS = 1_000_000_000_000_000;
