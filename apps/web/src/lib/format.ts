import { formatEuroChange as euroChange, formatEuros as euros, groupDigits } from '@koers/domain';
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

const MONTHS = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  en: 'January February March April May June July August September October November December',
} as const;
const monthNames = { nl: MONTHS.nl.split(' '), en: MONTHS.en.split(' ') };

/**
 * An ISO date (2026-08-14) as "14 augustus 2026" / "14 August 2026": what Intl.DateTimeFormat
 * writes for nl-NL and en-GB with a long month (format.spec compares every day of three years),
 * without building one. Building the first DateTimeFormat took 26 ms on the CI machine's CPU, a
 * tenth of a second on Lighthouse's phone, in the middle of drawing a programme's first page.
 */
export function formatDate(isoDate: string, language: string = current()): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${day} ${monthNames[language === 'en' ? 'en' : 'nl'][month - 1]} ${year}`;
}

const numberFormats: Record<string, Intl.NumberFormat> = {};

/** One NumberFormat per language and kind, built on first use and kept. */
function numbers(language: string, kind: 'plain' | 'percent'): Intl.NumberFormat {
  return (numberFormats[`${language}:${kind}`] ??= new Intl.NumberFormat(
    locale(language),
    kind === 'percent' ? { style: 'percent', maximumFractionDigits: 1 } : {},
  ));
}

/**
 * `value` × 10^`shift` with at most `fractionDigits` decimals and the language's grouping, as
 * Intl.NumberFormat writes it for nl-NL and en-GB: rounded half away from zero on the digits
 * JavaScript shows for the value (0.0105 is 1.05 %, so "1,1%"), trailing zeros dropped.
 * Undefined where those digits are not plain (exponent notation) or more than 15: left to Intl.
 */
function decimal(value: number, shift: number, fractionDigits: number, language: string) {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(Math.abs(value)));
  if (!match) return undefined;
  const digits = match[1] + (match[2] ?? '').padEnd(shift, '0');
  const end = match[1].length + shift + fractionDigits;
  if (end > 15) return undefined;
  const scaled = Number(digits.slice(0, end).padEnd(end, '0')) + (digits[end] >= '5' ? 1 : 0);
  const unit = 10 ** fractionDigits;
  const fraction = String(scaled % unit)
    .padStart(fractionDigits, '0')
    .replace(/0+$/, '');
  const text = `${groupDigits(Math.floor(scaled / unit), language)}${fraction ? (language === 'en' ? '.' : ',') + fraction : ''}`;
  return value < 0 || Object.is(value, -0) ? `-${text}` : text;
}

/**
 * A number with the chosen language's digit grouping and at most three decimals: 807025 →
 * "807.025" / "807,025", 2.5 → "2,5" / "2.5". Written here, as Intl writes it for nl-NL and en-GB
 * (format.spec compares whole numbers, thousandths and fractions): building the first
 * NumberFormat took 38 ms on the CI machine's CPU, in the middle of drawing a programme's first
 * page. What cannot be written plainly (exponents, more than 15 digits) still goes through Intl.
 */
export function formatNumber(value: number, language: string = current()): string {
  return decimal(value, 0, 3, language) ?? numbers(language, 'plain').format(value);
}

/** A share (0.42) as a percentage: "42%" in both languages, "42,5%" / "42.5%" with a fraction. */
export function formatPercent(share: number, language: string = current()): string {
  const text = decimal(share, 2, 1, language);
  return text === undefined ? numbers(language, 'percent').format(share) : `${text}%`;
}
