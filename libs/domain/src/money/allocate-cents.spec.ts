import fc from 'fast-check';
import { allocateCents } from './allocate-cents';

describe('allocateCents', () => {
  it('splits € 100,00 over three equal parts to the cent, the extra cent to the first', () => {
    expect(allocateCents(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333]);
  });

  it('splits in proportion to population', () => {
    // Eindhoven-sized and Best-sized municipalities sharing € 1.000,00
    expect(allocateCents(100_000, [246_417, 31_036])).toEqual([88_814, 11_186]);
  });

  it('gives a part with weight 0 nothing', () => {
    expect(allocateCents(999, [0, 5, 0])).toEqual([0, 999, 0]);
  });

  it('refuses to split money over nobody', () => {
    expect(() => allocateCents(100, [])).toThrow(RangeError);
    expect(() => allocateCents(100, [0, 0])).toThrow(RangeError);
    expect(allocateCents(0, [0, 0])).toEqual([0, 0]);
  });

  it('refuses fractional or negative cents and weights', () => {
    expect(() => allocateCents(10.5, [1])).toThrow('amountCents');
    expect(() => allocateCents(-1, [1])).toThrow('amountCents');
    expect(() => allocateCents(10, [1, -2])).toThrow('weights[1]');
  });

  it('stays exact for amounts × weights beyond 2^53', () => {
    const parts = allocateCents(4_000_000_000_00, [807_000, 1, 2]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(4_000_000_000_00);
  });

  const weightsArb = fc.array(fc.integer({ min: 0, max: 1_000_000 }), {
    minLength: 1,
    maxLength: 40,
  });
  const positiveWeightsArb = weightsArb.filter((w) => w.some((x) => x > 0));
  const amountArb = fc.integer({ min: 0, max: 10_000_000_000_00 });

  it('always sums exactly to the amount, with no negative share', () => {
    fc.assert(
      fc.property(amountArb, positiveWeightsArb, (amount, weights) => {
        const parts = allocateCents(amount, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
      }),
    );
  });

  it('never gives a part with a larger weight less than a part with a smaller weight', () => {
    fc.assert(
      fc.property(amountArb, positiveWeightsArb, (amount, weights) => {
        const parts = allocateCents(amount, weights);
        for (let i = 0; i < weights.length; i++) {
          for (let j = 0; j < weights.length; j++) {
            if (weights[i] > weights[j]) expect(parts[i]).toBeGreaterThanOrEqual(parts[j]);
          }
        }
      }),
    );
  });

  it('keeps every share within one cent of its exact proportional value', () => {
    fc.assert(
      fc.property(amountArb, positiveWeightsArb, (amount, weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        allocateCents(amount, weights).forEach((part, i) => {
          expect(Math.abs(part - (amount * weights[i]) / total)).toBeLessThan(1.000001);
        });
      }),
    );
  });
});
