const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Integer cents as Dutch euros: 123456 → "€ 1.234,56". Money is never a float until here. */
export function formatEuros(cents: number): string {
  return euro.format(cents / 100);
}

const dateFormats: Record<string, Intl.DateTimeFormat> = {};

/** An ISO date (2026-08-14) as "14 augustus 2026" in the given language. */
export function formatDate(isoDate: string, language = 'nl'): string {
  const format = (dateFormats[language] ??= new Intl.DateTimeFormat(
    language === 'en' ? 'en-GB' : 'nl-NL',
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  ));
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A whole number with Dutch (or English) digit grouping: 807025 → "807.025". */
export function formatNumber(value: number, language = 'nl'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(value);
}

/** A change in money with its sign first: 126877 → "+€ 1.268,77", −500 → "−€ 5,00", 0 → "€ 0,00". */
export function formatEuroChange(cents: number): string {
  const sign = cents > 0 ? '+' : cents < 0 ? '\u2212' : '';
  return `${sign}${formatEuros(Math.abs(cents))}`;
}
