import { bigintTransformer, dateArrayTransformer, toSafeInteger } from './bigint.transformer';
import { isCalendarDate } from './calendar-date';

describe('bigintTransformer', () => {
  it('reads PostgreSQL bigint strings as numbers', () => {
    expect(bigintTransformer.from('14000000')).toBe(14_000_000);
    expect(bigintTransformer.from(null)).toBeNull();
  });

  it('refuses integers beyond the safe range, both ways, instead of rounding', () => {
    expect(() => bigintTransformer.from('9007199254740993')).toThrow(RangeError);
    expect(() => bigintTransformer.to(2 ** 53)).toThrow(RangeError);
    expect(() => bigintTransformer.to(1.5)).toThrow(RangeError);
    expect(bigintTransformer.to(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeInteger('12.50')).toThrow(RangeError);
  });
});

describe('dateArrayTransformer', () => {
  it('reads the local-midnight dates pg makes of a date[] as YYYY-MM-DD', () => {
    expect(dateArrayTransformer.from([new Date(2026, 5, 30), '2026-12-15'])).toEqual([
      '2026-06-30',
      '2026-12-15',
    ]);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['2026-01-01T00:00:00Z', false],
    [20260101, false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
