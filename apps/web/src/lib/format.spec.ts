import { formatDate, formatEuroChange, formatEuros, formatNumber, formatPercent } from './format';

describe('formatting for nl-NL', () => {
  it('shows integer cents as Dutch euros with a no-break space', () => {
    expect(formatEuros(123_456)).toBe('€\u00a01.234,56');
    expect(formatEuros(5)).toBe('€\u00a00,05');
  });

  it('writes dates out in the chosen language, whatever the time zone', () => {
    expect(formatDate('2026-08-14')).toBe('14 augustus 2026');
    expect(formatDate('2026-08-14', 'en')).toBe('14 August 2026');
    expect(formatDate('2026-03-01T23:30:00Z')).toBe('1 maart 2026');
  });

  it('groups whole numbers as Intl.NumberFormat does for nl-NL and en-GB', () => {
    const nl = new Intl.NumberFormat('nl-NL');
    const en = new Intl.NumberFormat('en-GB');
    const values = [0, -0, 999_999_999_999_999, ...Array.from({ length: 20_000 }, (_, i) => i)];
    for (let i = 1; i < 16; i++) values.push(10 ** i - 1, 10 ** i, 7 * 10 ** i + 13);
    const mismatches = values
      .flatMap((v) => [v, -v])
      .filter(
        (v) => formatNumber(v, 'nl') !== nl.format(v) || formatNumber(v, 'en') !== en.format(v),
      );
    expect(mismatches).toEqual([]);
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('writes fractions and percentages as Intl.NumberFormat does for nl-NL and en-GB', () => {
    const intl = (locale: string, options?: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(locale, options);
    const plain = { nl: intl('nl-NL'), en: intl('en-GB') };
    const percent = {
      nl: intl('nl-NL', { style: 'percent', maximumFractionDigits: 1 }),
      en: intl('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
    };
    // Thousandths and ten-thousandths (FTE, shares), a fixed pseudo-random spread of magnitudes,
    // halves at the last decimal, and values JavaScript writes with an exponent (left to Intl).
    const values = [0.0105, 0.0125, 1.0005, 2.0005, 0.9999, 0.99995, 1e-7, 1.5e21, 123456789.1234];
    for (let k = 0; k < 20_000; k++) values.push(k / 1000, k / 10_000, k / 7, k * 1.37);
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (Math.imul(seed, 48271) + 11) | 0;
      values.push(((seed >>> 0) / 4294967296) * 10 ** ((i % 12) - 4));
    }
    const mismatches = values
      .flatMap((v) => [v, -v])
      .flatMap((v) =>
        (['nl', 'en'] as const).flatMap((language) => [
          [formatNumber(v, language), plain[language].format(v)],
          [formatPercent(v, language), percent[language].format(v)],
        ]),
      )
      .filter(([ours, theirs]) => ours !== theirs);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('writes every day as Intl.DateTimeFormat does for nl-NL and en-GB', () => {
    const intl = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    const nl = intl('nl-NL');
    const en = intl('en-GB');
    const mismatches: string[] = [];
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (formatDate(iso, 'nl') !== nl.format(day)) mismatches.push(`nl ${iso}`);
      if (formatDate(iso, 'en') !== en.format(day)) mismatches.push(`en ${iso}`);
    }
    expect(mismatches).toEqual([]);
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
