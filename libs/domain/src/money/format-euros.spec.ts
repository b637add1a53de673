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

describe('formatEuros writes what Intl.NumberFormat writes', () => {
  const intl = (locale: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const formats = { nl: intl('nl-NL'), en: intl('en-GB') };

  it('for whole cents, small and large, positive and negative', () => {
    // Every amount up to € 20, then a spread over the sizes a regional budget has, with signs.
    const amounts = Array.from({ length: 2001 }, (_, i) => i);
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 48_271) % 2_147_483_647;
      amounts.push(Math.floor((seed / 2_147_483_647) * 10 ** (2 + (i % 12))));
    }
    amounts.push(999_999_999_999_999, -0);
    const mismatches: string[] = [];
    for (const cents of [...amounts, ...amounts.map((a) => -a)]) {
      for (const language of ['nl', 'en'] as const) {
        const expected = formats[language].format(cents / 100);
        if (formatEuros(cents, language) !== expected) mismatches.push(`${language} ${cents}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('for what is not whole cents (an average per inhabitant), rounded as Intl rounds', () => {
    expect(formatEuros(12.5)).toBe(formats.nl.format(0.125));
    expect(formatEuros(1234.5, 'en')).toBe(formats.en.format(12.345));
  });
});
