import { formatEuroChange, formatEuros } from './format-euros';

describe('formatEuros', () => {
  it('writes integer cents as Dutch euros with grouping and a comma', () => {
    expect(formatEuros(123456)).toBe('€\u00a01.234,56');
    expect(formatEuros(5)).toBe('€\u00a00,05');
    expect(formatEuros(100_000_000_00)).toBe('€\u00a0100.000.000,00');
  });

  it('puts the sign of a change first, with a real minus', () => {
    expect(formatEuroChange(126877)).toBe('+€\u00a01.268,77');
    expect(formatEuroChange(-500)).toBe('\u2212€\u00a05,00');
    expect(formatEuroChange(0)).toBe('€\u00a00,00');
  });

  it('writes English euros in English: the sign against the figure, a comma for thousands', () => {
    expect(formatEuros(123456, 'en')).toBe('€1,234.56');
    expect(formatEuroChange(-500, 'en')).toBe('\u2212€5.00');
  });
});
