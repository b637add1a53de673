const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/**
 * Integer cents as Dutch euros: 123456 → "€ 1.234,56" (with a no-break space after the sign).
 * Money stays integer cents until it is shown; this is the one place it becomes text.
 */
export function formatEuros(cents: number): string {
  return euro.format(cents / 100);
}

/** A change in money with its sign first: 126877 → "+€ 1.268,77", −500 → "−€ 5,00", 0 → "€ 0,00". */
export function formatEuroChange(cents: number): string {
  const sign = cents > 0 ? '+' : cents < 0 ? '\u2212' : '';
  return `${sign}${formatEuros(Math.abs(cents))}`;
}
