import fc from 'fast-check';
import {
  ContributingMunicipality,
  ContributionKeySpec,
  splitContribution,
} from './contribution-split';

const FULL = 10_000n;

/**
 * The exact share of each payer as a fraction numerator / denominator (BigInt), straight from
 * the definition of the key: the surcharge part over the beneficiaries by population, the rest
 * by the key (fixed part equally, the remainder by population; or custom basis points).
 */
function exactShares(
  amount: number,
  table: readonly ContributingMunicipality[],
  key: ContributionKeySpec,
): Map<string, { numerator: bigint; denominator: bigint }> {
  const pop = (m: ContributingMunicipality) => BigInt(m.population ?? 0);
  const total = table.reduce((s, m) => s + pop(m), 0n);
  const beneficiaries = table.filter((m) => key.surcharge?.municipalityIds.includes(m.id));
  const surchargeBp = beneficiaries.length > 0 ? BigInt(key.surcharge!.basisPoints) : 0n;
  const surchargeTotal = beneficiaries.reduce((s, m) => s + pop(m), 0n) || 1n;
  const n = BigInt(table.length);
  const fixed = BigInt(key.fixedShareBasisPoints ?? 5_000);
  const custom = (m: ContributingMunicipality) =>
    BigInt(key.basisPointsByMunicipality?.[m.id] ?? 0);
  const customTotal = table.reduce((s, m) => s + custom(m), 0n) || 1n;
  const a = BigInt(amount);
  // Common denominator: FULL² · n · Σpop · Σpop(beneficiaries) · Σcustom.
  const denominator = FULL * FULL * n * total * surchargeTotal * customTotal;
  return new Map(
    table.map((m) => {
      const isBeneficiary = beneficiaries.includes(m);
      const surcharge = isBeneficiary ? surchargeBp * FULL * n * total * pop(m) * customTotal : 0n;
      const rest = FULL - surchargeBp;
      let keyPart: bigint;
      if (key.type === 'per_inhabitant') {
        keyPart = rest * FULL * n * pop(m) * surchargeTotal * customTotal;
      } else if (key.type === 'fixed_plus_per_inhabitant') {
        keyPart =
          rest * (fixed * total + (FULL - fixed) * n * pop(m)) * surchargeTotal * customTotal;
      } else {
        keyPart = rest * FULL * n * total * surchargeTotal * custom(m);
      }
      return [m.id, { numerator: a * (surcharge + keyPart), denominator }];
    }),
  );
}

const populationTable = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    population: fc.integer({ min: 1, max: 1_000_000 }),
  }),
  { minLength: 1, maxLength: 25, selector: (m) => m.id },
);

const keyArb = fc.record({
  type: fc.constantFrom(
    'per_inhabitant' as const,
    'fixed_plus_per_inhabitant' as const,
    'custom_percentages' as const,
  ),
  fixedShareBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  customBasisPoints: fc.array(fc.integer({ min: 1, max: 10_000 }), {
    minLength: 25,
    maxLength: 25,
  }),
  surchargeCount: fc.integer({ min: 0, max: 4 }),
  surchargeBasisPoints: fc.integer({ min: 0, max: 10_000 }),
});

describe('every share of a split lies within one cent of its exact value', () => {
  it('for random populations, amounts, fixed shares and surcharges', () => {
    fc.assert(
      fc.property(
        populationTable,
        fc.integer({ min: 0, max: 50_000_000_00 }),
        keyArb,
        (table, amount, k) => {
          const ids = table.map((m) => m.id);
          const key: ContributionKeySpec = {
            type: k.type,
            fixedShareBasisPoints: k.fixedShareBasisPoints,
            basisPointsByMunicipality: Object.fromEntries(
              ids.map((id, i) => [id, k.customBasisPoints[i]]),
            ),
            surcharge:
              k.surchargeCount > 0
                ? {
                    municipalityIds: ids.slice(0, k.surchargeCount),
                    basisPoints: k.surchargeBasisPoints,
                  }
                : null,
          };
          const shares = splitContribution(amount, table, ids, key);
          const exact = exactShares(amount, table, key);
          expect(Object.values(shares).reduce((s, c) => s + c, 0)).toBe(amount);
          for (const m of table) {
            const share = shares[m.id];
            expect(share).toBeGreaterThanOrEqual(0);
            const { numerator, denominator } = exact.get(m.id)!;
            const error = BigInt(share) * denominator - numerator;
            const off = error < 0n ? -error : error;
            // |share − exact| < 1 cent  ⇔  |share·D − N| < D
            if (off >= denominator) {
              throw new Error(
                `${m.id} got ${share} cents, exact ${Number(numerator) / Number(denominator)}`,
              );
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
