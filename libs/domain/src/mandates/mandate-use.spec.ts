import fc from 'fast-check';
import {
  ceilingAlert,
  mandateRemainingCents,
  mandateShareUsed,
  mandateUsedCents,
  mandateUsedPerMille,
  wouldPassCeiling,
} from './mandate-use';

describe('mandate use', () => {
  it('adds decisions to the cent: € 0,10 + € 0,20 is € 0,30, not 0.30000000000000004', () => {
    expect(mandateUsedCents([10, 20])).toBe(30);
    expect(mandateUsedCents([])).toBe(0);
  });

  it('refuses negative or fractional amounts', () => {
    expect(() => mandateUsedCents([5, -1])).toThrow('amounts[1]');
    expect(() => mandateUsedCents([0.5])).toThrow('amounts[0]');
  });

  it('knows what remains, and that nothing is measured without a ceiling', () => {
    expect(mandateRemainingCents(100_000_00, 85_000_00)).toBe(15_000_00);
    expect(mandateRemainingCents(100_000_00, 120_000_00)).toBe(-20_000_00);
    expect(mandateRemainingCents(null, 5)).toBeNull();
    expect(mandateShareUsed(null, 5)).toBeNull();
  });

  it('gives the share used for display and exact per mille', () => {
    expect(mandateShareUsed(200_000_00, 170_000_00)).toBe(0.85);
    expect(mandateUsedPerMille(300, 200)).toBe(666);
    expect(mandateUsedPerMille(0, 0)).toBe(1000);
  });

  it('refuses an amount that would pass the ceiling, and allows one that reaches it exactly', () => {
    expect(wouldPassCeiling(100_00, 60_00, 40_00)).toBe(false);
    expect(wouldPassCeiling(100_00, 60_00, 40_01)).toBe(true);
    expect(wouldPassCeiling(null, 10 ** 12, 10 ** 12)).toBe(false);
  });

  it('warns from 80 % used, not below', () => {
    expect(ceilingAlert(100_00, 80_00)).toBe(true);
    expect(ceilingAlert(100_00, 79_99)).toBe(false);
    expect(ceilingAlert(null, 10)).toBe(false);
    expect(ceilingAlert(0, 0)).toBe(false);
  });

  const amounts = fc.array(fc.integer({ min: 0, max: 1_000_000_000_00 }), { maxLength: 50 });

  it('sums exactly to the cent for any list of amounts', () => {
    fc.assert(
      fc.property(amounts, (list) => {
        const exact = list.reduce((a, b) => a + BigInt(b), 0n);
        expect(BigInt(mandateUsedCents(list))).toBe(exact);
      }),
    );
  });

  it('keeps the share between 0 and 1 while within the ceiling, above 1 only when passed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        (ceiling, used) => {
          const share = mandateShareUsed(ceiling, used)!;
          const remaining = mandateRemainingCents(ceiling, used)!;
          expect(used + remaining).toBe(ceiling);
          if (used <= ceiling) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          } else {
            expect(share).toBeGreaterThan(1);
          }
          expect(ceilingAlert(ceiling, used)).toBe(used * 10 >= ceiling * 8);
          const perMille = mandateUsedPerMille(ceiling, used)!;
          expect(perMille * ceiling).toBeLessThanOrEqual(used * 1000);
        },
      ),
    );
  });

  it('passes the ceiling exactly when used + amount exceeds it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        (ceiling, used, amount) => {
          expect(wouldPassCeiling(ceiling, used, amount)).toBe(used + amount > ceiling);
        },
      ),
    );
  });
});
