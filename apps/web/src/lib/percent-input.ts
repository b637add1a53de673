/**
 * A percentage as a person types it, read as whole basis points (1/100 %) without a float:
 * "12,5" → 1250, "12.5" → 1250, "100" → 10000. More than two decimals or more than 100 % is
 * refused rather than rounded, so what is stored is what was typed.
 */
export function parsePercent(input: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{0,2}))?$/.exec(input.replace(/[%\s\u00a0]/g, ''));
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** Basis points as a value for a percentage input: 1250 → "12,5", 10000 → "100". */
export function basisPointsToPercentInput(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole},${fraction}` : String(whole);
}

/** Basis points as a percentage to read: 1250 → "12,5%" (Dutch) or "12.5%" (English). */
export function formatPercent(basisPoints: number, language = 'nl'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(basisPoints / 10_000);
}
