/** "246.443" or "246443" → 246443; anything else (decimals, signs, words) → null. */
export function parseInhabitants(text: string): number | null {
  const digits = text.replace(/[\s\u00a0]/g, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(digits)) return null;
  const value = Number(digits.replace(/\./g, ''));
  return Number.isSafeInteger(value) ? value : null;
}
