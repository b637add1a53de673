import fc from 'fast-check';
import {
  checkLinePayers,
  fixedAmountsProblem,
  memberAmountOfYear,
  splitExtraContribution,
} from './extra-contribution';
import { oneYearBefore, populationOn, populationStatus } from './population';

const members = [
  { id: 'asten', population: 17_000 },
  { id: 'deurne', population: 32_500 },
  { id: 'helmond', population: 94_000 },
  { id: 'laarbeek', population: 23_000 },
];
const payers = ['helmond', 'deurne', 'laarbeek'].map((municipalityId) => ({ municipalityId }));

describe('splitExtraContribution', () => {
  it('splits only over the named payers: Asten pays nothing of what the others agreed to carry', () => {
    const shares = splitExtraContribution(70_000_00, members, payers, 'per_inhabitant');
    expect(shares.asten).toBeUndefined();
    expect(Object.keys(shares).sort()).toEqual(['deurne', 'helmond', 'laarbeek']);
    expect(shares.helmond + shares.deurne + shares.laarbeek).toBe(70_000_00);
  });

  it('splits in equal parts, the extra cent to the largest', () => {
    expect(splitExtraContribution(100_00, members, payers, 'equal')).toEqual({
      helmond: 3_334,
      deurne: 3_333,
      laarbeek: 3_333,
    });
  });

  it('charges fixed amounts as they are', () => {
    const fixed = [
      { municipalityId: 'helmond', amountCents: 50_000_00 },
      { municipalityId: 'deurne', amountCents: 15_000_00 },
      { municipalityId: 'laarbeek', amountCents: 5_000_00 },
    ];
    expect(splitExtraContribution(70_000_00, members, fixed, 'fixed_amounts')).toEqual({
      helmond: 50_000_00,
      deurne: 15_000_00,
      laarbeek: 5_000_00,
    });
    // Deurne declines: its part goes to the others in proportion to their amounts.
    expect(splitExtraContribution(70_000_00, members, fixed, 'fixed_amounts', ['deurne'])).toEqual({
      helmond: 63_636_36,
      laarbeek: 6_363_64,
    });
  });

  it('refuses to split when every named payer declined', () => {
    expect(() =>
      splitExtraContribution(100, members, payers, 'equal', ['helmond', 'deurne', 'laarbeek']),
    ).toThrow(expect.objectContaining({ code: 'NO_PAYERS' }));
  });

  it('for any payers, amount and split: whole, non-negative, summing to the amount', () => {
    fc.assert(
      fc.property(
        fc.subarray(members, { minLength: 1 }),
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.constantFrom('equal' as const, 'per_inhabitant' as const, 'fixed_amounts' as const),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 4, maxLength: 4 }),
        (named, amount, split, amounts) => {
          const lines = named.map((m, i) => ({ municipalityId: m.id, amountCents: amounts[i] }));
          const shares = splitExtraContribution(amount, members, lines, split);
          const values = Object.values(shares);
          expect(values.reduce((a, b) => a + b, 0)).toBe(amount);
          expect(values.every((v) => Number.isSafeInteger(v) && v >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('checkLinePayers', () => {
  const extra = { fundingSource: 'extra_member_contribution', amountCents: 100_00 };

  it('wants payers and a split on an extra contribution', () => {
    expect(checkLinePayers(extra).map((p) => p.field)).toEqual(['payers', 'payerSplit']);
    expect(checkLinePayers({ ...extra, payers, payerSplit: 'equal' })).toEqual([]);
  });

  it('says when fixed amounts do not add up to the line, naming the field', () => {
    const line = {
      ...extra,
      payerSplit: 'fixed_amounts' as const,
      payers: [
        { municipalityId: 'helmond', amountCents: 60_00 },
        { municipalityId: 'deurne', amountCents: 30_00 },
      ],
    };
    expect(fixedAmountsProblem(line)).toEqual({
      field: 'payers',
      message: 'de vaste bedragen tellen op tot € 90,00, de regel is € 100,00',
    });
    expect(
      checkLinePayers({
        ...line,
        payers: [line.payers[0], { ...line.payers[1], amountCents: 40_00 }],
      }),
    ).toEqual([]);
  });

  it('refuses payers on other lines and a missing fixed amount', () => {
    expect(checkLinePayers({ fundingSource: 'province', amountCents: 1, payers })[0].field).toBe(
      'payers',
    );
    expect(
      checkLinePayers({ ...extra, payerSplit: 'fixed_amounts', payers }).map((p) => p.field),
    ).toEqual(['payers.0.amountCents', 'payers.1.amountCents', 'payers.2.amountCents']);
  });
});

describe('memberAmountOfYear', () => {
  it("counts only the members' lines of the year", () => {
    const lines = [
      { fundingSource: 'member_contribution', year: 2026, amountCents: 100 },
      { fundingSource: 'member_contribution', year: 2027, amountCents: 50_000_00 },
      { fundingSource: 'extra_member_contribution', year: 2026, amountCents: 7 },
      { fundingSource: 'province', year: 2026, amountCents: 1_000 },
    ];
    expect(memberAmountOfYear(lines, 2026)).toBe(107);
    expect(memberAmountOfYear(lines, 2027)).toBe(50_000_00);
  });
});

describe('population at a reference date', () => {
  const history = [
    { referenceDate: '2022-01-01', population: 10 },
    { referenceDate: '2024-01-01', population: 12 },
    { referenceDate: '2023-01-01', population: 11 },
  ];

  it('takes the latest figure on or before the date', () => {
    expect(populationOn(history, '2023-06-30')?.population).toBe(11);
    expect(populationOn(history, '2024-01-01')?.population).toBe(12);
    expect(populationOn(history, '2021-12-31')).toBeNull();
  });

  it('calls a figure more than a year older than the date stale, none missing', () => {
    expect(populationStatus('2023-01-01', '2024-01-01')).toBe('current');
    expect(populationStatus('2022-12-31', '2024-01-01')).toBe('stale');
    expect(populationStatus(null, '2024-01-01')).toBe('missing');
    expect(oneYearBefore('2024-02-29')).toBe('2023-02-28');
  });
});
