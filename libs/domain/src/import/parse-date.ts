/**
 * A calendar date as a person types it: ISO "2026-03-31" or Dutch "31-03-2026" (also "31-3-2026"
 * and with slashes or dots), into ISO `yyyy-mm-dd`; null when it is no date or does not exist
 * (31 February). A spreadsheet's date cell arrives as a Date at midnight UTC and is read in UTC.
 */
export function parseCalendarDate(input: string | Date): string | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return isoOf(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
  if (dutch) return isoOf(Number(dutch[4]), Number(dutch[3]), Number(dutch[1]));
  return null;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A decimal such as an FTE ("0,8", "1.25", 0.5) into hundredths, exactly; null when it is not a
 * number or has more than two decimals.
 */
export function parseHundredths(input: string | number): number | null {
  const text = typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : input;
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return null;
  const decimals = (match[3] ?? '').replace(/0+$/, '');
  if (decimals.length > 2 || match[2].length > 9) return null;
  const value = Number.parseInt(match[2] + decimals.padEnd(2, '0'), 10);
  return match[1] === '-' && value !== 0 ? -value : value;
}
