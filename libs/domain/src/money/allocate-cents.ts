/**
 * Splits an amount of integer cents over parts in proportion to integer weights (inhabitants,
 * basis points), exactly: every share is a whole number of cents, no share is negative, and the
 * shares add up to the amount. Uses the largest-remainder method: each part first gets the floor
 * of its exact share; the cents left over go one by one to the parts with the largest remainders,
 * ties broken by the order of the parts, so the same input always gives the same split.
 *
 * BigInt arithmetic keeps `amount × weight` exact beyond 2^53.
 */
export function allocateCents(amountCents: number, weights: readonly number[]): number[] {
  assertWholeCents(amountCents, 'amountCents');
  weights.forEach((weight, index) => {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`weights[${index}] must be a whole number of at least 0, got ${weight}`);
    }
  });
  return allocateCentsByQuota(amountCents, weights.map(BigInt));
}

/**
 * {@link allocateCents} over weights of any size: each part's exact share is
 * `amount × weight / Σweights`, so a key made of several parts (a fixed part, a part by
 * population, a surcharge) is split in one pass over its exact rational shares when the weights
 * are the numerators of those shares over one common denominator. Every part then differs from
 * its exact share by less than one cent.
 */
export function allocateCentsByQuota(amountCents: number, weights: readonly bigint[]): number[] {
  assertWholeCents(amountCents, 'amountCents');
  weights.forEach((weight, index) => {
    if (weight < 0n) throw new RangeError(`weights[${index}] must be at least 0, got ${weight}`);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weights.length === 0 || total === 0n) {
    if (amountCents === 0) return weights.map(() => 0);
    throw new RangeError('cannot split a non-zero amount when every weight is 0');
  }

  const amount = BigInt(amountCents);
  const floors = weights.map((weight) => (amount * weight) / total);
  const remainders = weights.map((weight, index) => ({
    index,
    remainder: (amount * weight) % total,
  }));
  let leftOver = amount - floors.reduce((sum, share) => sum + share, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (leftOver === 0n) break;
    floors[index] += 1n;
    leftOver -= 1n;
  }
  return floors.map(Number);
}

export function assertWholeCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of cents of at least 0, got ${value}`);
  }
}
