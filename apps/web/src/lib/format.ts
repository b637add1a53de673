import { formatEuroChange as euroChange, formatEuros as euros } from '@koers/domain';
import { i18n } from './i18n';

// Figures become text here, in the language the reader chose (money shares its wording with the
// API's documents through @koers/domain). A component re-renders on a change of language, because
// it uses `useTranslation`, so reading the current language at call time is enough.
const current = () => (i18n.language === 'en' ? 'en' : 'nl');
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** Integer cents as euros in the chosen language: "€ 1.234,56" / "€1,234.56". */
export function formatEuros(cents: number, language: string = current()): string {
  return euros(cents, language);
}

/** A change in money with its sign first, in the chosen language. */
export function formatEuroChange(cents: number, language: string = current()): string {
  return euroChange(cents, language);
}

const dateFormats: Record<string, Intl.DateTimeFormat> = {};

/** An ISO date (2026-08-14) as "14 augustus 2026" / "14 August 2026". */
export function formatDate(isoDate: string, language: string = current()): string {
  const format = (dateFormats[language] ??= new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }));
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A number with the chosen language's digit grouping: 807025 → "807.025" / "807,025". */
export function formatNumber(value: number, language: string = current()): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** A share (0.42) as a percentage: "42%" in both languages, "42,5%" / "42.5%" with a fraction. */
export function formatPercent(share: number, language: string = current()): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}
