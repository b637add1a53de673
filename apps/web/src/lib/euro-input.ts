/**
 * Euros as a person types them, parsed to integer cents without ever passing through a float.
 * Dutch notation first: "1.234,56" → 123456. A dot followed by one or two digits is read as a
 * decimal point ("12.5" → 1250), since it cannot be a thousands separator. More than two decimals
 * is refused rather than rounded: money is exact.
 */
export function parseEuros(input: string): number | null {
  const text = input.replace(/[€\s\u00a0]/g, '');
  if (text === '') return null;
  let whole: string;
  let fraction = '';
  const dutch = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d*))?$/.exec(text);
  const english = /^(\d+)\.(\d{1,2})$/.exec(text);
  if (dutch) {
    whole = dutch[1].replace(/\./g, '');
    fraction = dutch[2] ?? '';
  } else if (english) {
    whole = english[1];
    fraction = english[2];
  } else {
    return null;
  }
  if (fraction.length > 2) return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Integer cents as a value for a euro input: 123456 → "1.234,56". */
export function centsToEuroInput(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')}`;
}
