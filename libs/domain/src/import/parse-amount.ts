import { MAX_AMOUNT_CENTS } from '../money/amount-bounds';

export type AmountParse =
  | { ok: true; cents: number }
  | { ok: false; reason: 'not_an_amount' | 'too_many_decimals' | 'too_large' };

/** Thousands in groups of three separated by a dot: "1.234", "12.345.678". */
const DUTCH_THOUSANDS = /^[1-9]\d{0,2}(\.\d{3})+$/;
/** Dutch notation: optional dotted thousands, a comma and one or two decimals, or ",-". */
const DUTCH = /^([1-9]\d{0,2}(?:\.\d{3})+|\d+),(\d{1,2}|-{1,2})$/;
/** Plain notation: digits, optionally a dot and decimals. */
const PLAIN = /^(\d+)(?:\.(\d+))?$/;

/**
 * An amount in euros as a person types it in a spreadsheet, into whole cents, without ever
 * passing through a floating-point number: "€ 1.234,56", "1234,56", "1.234" (Dutch thousands:
 * 1234 euros), "1234.56", "1234", "€ 12,-" and "-5,00". A dot followed by exactly three digits
 * is read as a thousands separator (Dutch), since a plain amount never has three decimals.
 * A number from a spreadsheet cell is read through its shortest decimal text (`String(n)`),
 * which is exact for every amount with at most two decimals.
 */
export function parseAmountCents(input: string | number): AmountParse {
  const text = typeof input === 'number' ? numberText(input) : input;
  if (text === null) return { ok: false, reason: 'not_an_amount' };
  let s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€/, '')
    .replace(/^EUR/i, '');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).replace(/^€/, '');
  }
  let whole: string;
  let decimals: string;
  // A spreadsheet number is plain notation: 1.234 there is one euro and 23.4 cents.
  const dutch = typeof input === 'number' ? null : DUTCH.exec(s);
  if (dutch) {
    whole = dutch[1].replace(/\./g, '');
    decimals = dutch[2].startsWith('-') ? '' : dutch[2];
  } else if (typeof input !== 'number' && DUTCH_THOUSANDS.test(s)) {
    whole = s.replace(/\./g, '');
    decimals = '';
  } else {
    const plain = PLAIN.exec(s);
    if (!plain) return { ok: false, reason: 'not_an_amount' };
    whole = plain[1];
    decimals = plain[2] ?? '';
    if (decimals.replace(/0+$/, '').length > 2) return { ok: false, reason: 'too_many_decimals' };
    decimals = decimals.slice(0, 2);
  }
  // Digits only from here: compare lengths first so a 30-digit amount never becomes a number.
  const digits = (whole + decimals.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > String(MAX_AMOUNT_CENTS).length) return { ok: false, reason: 'too_large' };
  const cents = Number.parseInt(digits, 10);
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, reason: 'too_large' };
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** The decimal text of a finite number (no exponent), or null. */
function numberText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const text = String(Math.abs(n));
  if (/e/i.test(text)) return /e-/i.test(text) ? `${n < 0 ? '-' : ''}0.001` : null;
  return `${n < 0 ? '-' : ''}${text}`;
}
