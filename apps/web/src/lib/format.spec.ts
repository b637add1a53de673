import { formatDate, formatEuroChange, formatEuros } from './format';

describe('formatting for nl-NL', () => {
  it('shows integer cents as Dutch euros with a no-break space', () => {
    expect(formatEuros(123_456)).toBe('€\u00a01.234,56');
    expect(formatEuros(5)).toBe('€\u00a00,05');
  });

  it('writes dates out in the chosen language, whatever the time zone', () => {
    expect(formatDate('2026-08-14')).toBe('14 augustus 2026');
    expect(formatDate('2026-08-14', 'en')).toBe('14 August 2026');
  });

  it('shows a change in money with its sign before the euro sign', () => {
    expect(formatEuroChange(126_877)).toBe('+€\u00a01.268,77');
    expect(formatEuroChange(-500)).toBe('\u2212€\u00a05,00');
    expect(formatEuroChange(0)).toBe('€\u00a00,00');
  });
});
