/** The languages money is written in; Dutch unless said otherwise. */
export type MoneyLanguage = 'nl' | 'en';

const euros: Record<MoneyLanguage, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
};

/**
 * Integer cents as euros: 123456 → "€ 1.234,56" in Dutch (a no-break space after the sign),
 * "€1,234.56" in English. Money stays integer cents until it is shown; this is the one place it
 * becomes text.
 */
export function formatEuros(cents: number, language: string = 'nl'): string {
  return (euros[language as MoneyLanguage] ?? euros.nl).format(cents / 100);
}

/** A change in money with its sign first: 126877 → "+€ 1.268,77", −500 → "−€ 5,00", 0 → "€ 0,00". */
export function formatEuroChange(cents: number, language: string = 'nl'): string {
  const sign = cents > 0 ? '+' : cents < 0 ? '\u2212' : '';
  return `${sign}${formatEuros(Math.abs(cents), language)}`;
}
