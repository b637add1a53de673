import fc from 'fast-check';
import {
  ContributingMunicipality,
  ContributionKeySpec,
  ContributionSplitError,
  splitContribution,
} from './contribution-split';

const members: ContributingMunicipality[] = [
  { id: 'eindhoven', population: 246_417 },
  { id: 'helmond', population: 94_000 },
  { id: 'best', population: 31_036 },
  { id: 'reusel', population: 13_500 },
];
const all = members.map((m) => m.id);
const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

describe('splitContribution', () => {
  it('splits per inhabitant to the cent', () => {
    const shares = splitContribution(140_000_00, members, all, { type: 'per_inhabitant' });
    // Worked out by hand: 14,000,000 × population / 384,953, largest remainders first.
    expect(shares).toEqual({
      eindhoven: 8_961_712,
      helmond: 3_418_599,
      best: 1_128_720,
      reusel: 490_969,
    });
    expect(sum(shares)).toBe(140_000_00);
  });

  it('lets only participants pay for an opt-in assignment', () => {
    const shares = splitContribution(70_000_00, members, ['helmond', 'best'], {
      type: 'per_inhabitant',
    });
    expect(shares.eindhoven).toBe(0);
    expect(shares.reusel).toBe(0);
    expect(shares.helmond + shares.best).toBe(70_000_00);
  });

  it('recomputes the others’ shares when a member declines', () => {
    const before = splitContribution(100_000_00, members, all, { type: 'per_inhabitant' });
    const after = splitContribution(100_000_00, members, ['eindhoven', 'helmond', 'reusel'], {
      type: 'per_inhabitant',
    });
    expect(after.best).toBe(0);
    expect(sum(after)).toBe(100_000_00);
    expect(after.eindhoven).toBeGreaterThan(before.eindhoven);
  });

  it('splits half equally and half by population', () => {
    const shares = splitContribution(1_000_00, members, all, {
      type: 'fixed_plus_per_inhabitant',
      fixedShareBasisPoints: 5_000,
    });
    expect(sum(shares)).toBe(1_000_00);
    // Each gets € 125 equally plus its population share of € 500 (Reusel: € 17,54).
    expect(shares).toEqual({ eindhoven: 44_506, helmond: 24_709, best: 16_531, reusel: 14_254 });
  });

  it('uses custom percentages, rescaled over the payers', () => {
    const key: ContributionKeySpec = {
      type: 'custom_percentages',
      basisPointsByMunicipality: { eindhoven: 5_000, helmond: 3_000, best: 1_000, reusel: 1_000 },
    };
    expect(splitContribution(1_000_00, members, all, key)).toEqual({
      eindhoven: 50_000,
      helmond: 30_000,
      best: 10_000,
      reusel: 10_000,
    });
    expect(splitContribution(900_00, members, ['eindhoven', 'helmond', 'best'], key)).toEqual({
      eindhoven: 50_000,
      helmond: 30_000,
      best: 10_000,
      reusel: 0,
    });
  });

  it('adds a surcharge paid only by the main beneficiaries', () => {
    const shares = splitContribution(1_000_00, members, all, {
      type: 'per_inhabitant',
      surcharge: { municipalityIds: ['eindhoven', 'helmond'], basisPoints: 2_000 },
    });
    const plain = splitContribution(800_00, members, all, { type: 'per_inhabitant' });
    expect(sum(shares)).toBe(1_000_00);
    // The others pay only their part of the € 800 by population (one pass: within a cent).
    expect(Math.abs(shares.best - plain.best)).toBeLessThanOrEqual(1);
    expect(Math.abs(shares.reusel - plain.reusel)).toBeLessThanOrEqual(1);
    expect(shares.eindhoven + shares.helmond).toBeGreaterThanOrEqual(
      plain.eindhoven + plain.helmond + 200_00 - 1,
    );
  });

  it('names the municipalities whose population is unknown instead of guessing', () => {
    const withUnknown = [...members, { id: 'zwolle', population: null }];
    expect(() =>
      splitContribution(100, withUnknown, ['best', 'zwolle'], { type: 'per_inhabitant' }),
    ).toThrow(expect.objectContaining({ code: 'POPULATION_UNKNOWN', municipalityIds: ['zwolle'] }));
    // An equal or custom split does not need the population.
    expect(
      splitContribution(100, withUnknown, ['best', 'zwolle'], {
        type: 'custom_percentages',
        basisPointsByMunicipality: { best: 1, zwolle: 1 },
      }),
    ).toMatchObject({ best: 50, zwolle: 50 });
  });

  it('refuses to split money over nobody', () => {
    expect(() => splitContribution(100, members, [], { type: 'per_inhabitant' })).toThrow(
      ContributionSplitError,
    );
    expect(sum(splitContribution(0, members, [], { type: 'per_inhabitant' }))).toBe(0);
  });

  const populationTable = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      population: fc.integer({ min: 1, max: 1_000_000 }),
    }),
    { minLength: 1, maxLength: 25, selector: (m) => m.id },
  );
  const keyArb: fc.Arbitrary<(ids: string[]) => ContributionKeySpec> = fc.oneof(
    fc.constant(() => ({ type: 'per_inhabitant' as const })),
    fc.integer({ min: 0, max: 10_000 }).map((b) => () => ({
      type: 'fixed_plus_per_inhabitant' as const,
      fixedShareBasisPoints: b,
    })),
    fc
      .array(fc.integer({ min: 1, max: 10_000 }), { minLength: 25, maxLength: 25 })
      .map((bps) => (ids: string[]) => ({
        type: 'custom_percentages' as const,
        basisPointsByMunicipality: Object.fromEntries(ids.map((id, i) => [id, bps[i]])),
      })),
    fc.integer({ min: 0, max: 10_000 }).map((b) => (ids: string[]) => ({
      type: 'per_inhabitant' as const,
      surcharge: { municipalityIds: ids.slice(0, 2), basisPoints: b },
    })),
  );

  it('for any population table, amount and key: parts are whole, non-negative and sum to the amount', () => {
    fc.assert(
      fc.property(
        populationTable,
        fc.integer({ min: 0, max: 50_000_000_00 }),
        keyArb,
        (table, amount, makeKey) => {
          const ids = table.map((m) => m.id);
          const shares = splitContribution(amount, table, ids, makeKey(ids));
          expect(sum(shares)).toBe(amount);
          expect(Object.values(shares).every((s) => Number.isSafeInteger(s) && s >= 0)).toBe(true);
        },
      ),
    );
  });

  it('per inhabitant (also with a fixed part), a larger population never pays less', () => {
    fc.assert(
      fc.property(
        populationTable,
        fc.integer({ min: 0, max: 50_000_000_00 }),
        fc.integer({ min: 0, max: 10_000 }),
        (table, amount, fixed) => {
          const ids = table.map((m) => m.id);
          for (const key of [
            { type: 'per_inhabitant' as const },
            { type: 'fixed_plus_per_inhabitant' as const, fixedShareBasisPoints: fixed },
          ]) {
            const shares = splitContribution(amount, table, ids, key);
            for (const a of table) {
              for (const b of table) {
                if (a.population > b.population)
                  expect(shares[a.id]).toBeGreaterThanOrEqual(shares[b.id]);
              }
            }
          }
        },
      ),
    );
  });

  it('does not depend on the order of the municipalities', () => {
    fc.assert(
      fc.property(populationTable, fc.integer({ min: 0, max: 1_000_000_00 }), (table, amount) => {
        const ids = table.map((m) => m.id);
        const forward = splitContribution(amount, table, ids, {
          type: 'fixed_plus_per_inhabitant',
        });
        const backward = splitContribution(amount, [...table].reverse(), ids, {
          type: 'fixed_plus_per_inhabitant',
        });
        expect(backward).toEqual(forward);
      }),
    );
  });
});
