/**
 * A bar showing an amount against the largest in its table: decoration only (hidden from screen
 * readers), because the amount itself is in the cell beside it.
 */
export function ShareBar({ value, max }: { value: number; max: number }) {
  const percent = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="96"
      height="12"
      preserveAspectRatio="none"
      viewBox="0 0 100 12"
    >
      <rect x="0" y="0" width={percent} height="12" fill="currentColor" />
    </svg>
  );
}
