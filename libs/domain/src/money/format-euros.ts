/** The languages money is written in; Dutch unless said otherwise. */
export type MoneyLanguage = 'nl' | 'en';

const LOCALES: Record<MoneyLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };
const euros: Partial<Record<MoneyLanguage, Intl.NumberFormat>> = {};

/** Intl's own euro format, built on first use and kept: only for amounts that are not whole cents. */
function intlEuros(language: MoneyLanguage): Intl.NumberFormat {
  return (euros[language] ??= new Intl.NumberFormat(LOCALES[language], {
    style: 'currency',
    currency: 'EUR',
  }));
}

/**
 * Whole cents are written here, as Intl.NumberFormat writes them for nl-NL and en-GB
 * (format-euros.spec compares the two over a broad sample), without building one: building the
 * first currency format took 37 ms on the CI machine's CPU, a seventh of a second on Lighthouse's
 * phone, in the middle of drawing the first page that shows money.
 */
/** A whole number of at least 0 with thousands grouped as nl-NL ("1.234") or en-GB ("1,234") writes them. */
export function groupDigits(whole: number, language: string = 'nl'): string {
  return String(whole).replace(/\B(?=(\d{3})+$)/g, language === 'en' ? ',' : '.');
}

function wholeCents(cents: number, language: MoneyLanguage): string {
  const negative = cents < 0 || Object.is(cents, -0);
  const abs = Math.abs(cents);
  const decimal = language === 'en' ? '.' : ',';
  const figure = `${groupDigits(Math.floor(abs / 100), language)}${decimal}${String(abs % 100).padStart(2, '0')}`;
  if (language === 'en') return `${negative ? '-' : ''}€${figure}`;
  return `€\u00a0${negative ? '-' : ''}${figure}`;
}

/**
 * Integer cents as euros: 123456 → "€ 1.234,56" in Dutch (a no-break space after the sign),
 * "€1,234.56" in English. Money stays integer cents until it is shown; this is the one place it
 * becomes text.
 */
export function formatEuros(cents: number, language: string = 'nl'): string {
  const known: MoneyLanguage = language === 'en' ? 'en' : 'nl';
  // Up to € 10 trillion, where cents / 100 is still exact enough for Intl to agree.
  return Number.isInteger(cents) && Math.abs(cents) < 1e15
    ? wholeCents(cents, known)
    : intlEuros(known).format(cents / 100);
}

/** A change in money with its sign first: 126877 → "+€ 1.268,77", −500 → "−€ 5,00", 0 → "€ 0,00". */
export function formatEuroChange(cents: number, language: string = 'nl'): string {
  const sign = cents > 0 ? '+' : cents < 0 ? '\u2212' : '';
  return `${sign}${formatEuros(Math.abs(cents), language)}`;
}
