import { formatDate, formatEuroChange, formatEuros, formatNumber, formatPercent } from './format';

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

describe('formatting follows the chosen language', () => {
  it('writes money, numbers and percentages the English way in the English interface', async () => {
    const { i18n } = await import('./i18n');
    await i18n.changeLanguage('en');
    expect(formatEuros(123_456)).toBe('€1,234.56');
    expect(formatNumber(807_025)).toBe('807,025');
    expect(formatPercent(0.425)).toBe('42.5%');
    expect(formatDate('2026-08-14')).toBe('14 August 2026');
    await i18n.changeLanguage('nl');
    expect(formatEuros(123_456)).toBe('€\u00a01.234,56');
    expect(formatNumber(807_025)).toBe('807.025');
    expect(formatPercent(0.425)).toBe('42,5%');
  });
});
