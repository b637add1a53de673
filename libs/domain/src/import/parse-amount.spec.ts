import fc from 'fast-check';
import { parseAmountCents } from './parse-amount';
import { parseCalendarDate, parseHundredths } from './parse-date';

const cents = (input: string | number) => {
  const result = parseAmountCents(input);
  return result.ok ? result.cents : result.reason;
};

describe('parseAmountCents', () => {
  it('reads Dutch notation with euro sign, dotted thousands and a decimal comma', () => {
    expect(cents('€ 1.234,56')).toBe(123_456);
    expect(cents('€\u00a01.234.567,89')).toBe(123_456_789);
    expect(cents('1234,5')).toBe(123_450);
    expect(cents('1.234')).toBe(123_400);
    expect(cents('€ 12,-')).toBe(1_200);
    expect(cents('-5,00')).toBe(-500);
  });

  it('reads plain numbers, as text and as spreadsheet numbers', () => {
    expect(cents('1234.56')).toBe(123_456);
    expect(cents('1234')).toBe(123_400);
    expect(cents(1234.56)).toBe(123_456);
    expect(cents(0.1 + 0.2 - 0.3 + 19.99)).toBe(1_999);
    expect(cents(140_000)).toBe(14_000_000);
    expect(cents('0.10')).toBe(10);
  });

  it('refuses text that is no amount, a third decimal and amounts over the bound', () => {
    expect(cents('twaalf')).toBe('not_an_amount');
    expect(cents('1,234,56')).toBe('not_an_amount');
    expect(cents('12.34.56')).toBe('not_an_amount');
    expect(cents('')).toBe('not_an_amount');
    expect(cents('1.2345')).toBe('too_many_decimals');
    expect(cents(0.001)).toBe('too_many_decimals');
    expect(cents('0.001')).toBe('too_many_decimals');
    expect(cents(1.234)).toBe('too_many_decimals');
    expect(cents('99999999999999999999999,00')).toBe('too_large');
    expect(cents(Number.NaN)).toBe('not_an_amount');
  });

  it('gives back every amount written either way, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), (amount) => {
        const euros = Math.floor(amount / 100);
        const rest = String(amount % 100).padStart(2, '0');
        const dutch = `€ ${euros.toLocaleString('nl-NL')},${rest}`;
        const plain = `${euros}.${rest}`;
        expect([cents(dutch), cents(plain)]).toEqual([amount, amount]);
      }),
    );
  });
});

describe('parseCalendarDate', () => {
  it('reads ISO and dd-mm-jjjj dates and spreadsheet dates', () => {
    expect(parseCalendarDate('2026-03-31')).toBe('2026-03-31');
    expect(parseCalendarDate('31-03-2026')).toBe('2026-03-31');
    expect(parseCalendarDate('1-4-2026')).toBe('2026-04-01');
    expect(parseCalendarDate('01/04/2026')).toBe('2026-04-01');
    expect(parseCalendarDate(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
  });

  it('refuses dates that do not exist and text that is no date', () => {
    expect(parseCalendarDate('31-02-2026')).toBeNull();
    expect(parseCalendarDate('2026-13-01')).toBeNull();
    expect(parseCalendarDate('morgen')).toBeNull();
    expect(parseCalendarDate('31-03-26')).toBeNull();
  });
});

describe('parseHundredths', () => {
  it('reads FTE with a comma or a dot, exactly', () => {
    expect(parseHundredths('0,8')).toBe(80);
    expect(parseHundredths('1.25')).toBe(125);
    expect(parseHundredths(0.5)).toBe(50);
    expect(parseHundredths('0,125')).toBeNull();
    expect(parseHundredths('veel')).toBeNull();
  });
});
