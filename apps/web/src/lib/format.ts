// Money becomes text in one place, shared with the API's documents.
export { formatEuroChange, formatEuros } from '@koers/domain';

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
