import { fillOf, type Pattern } from './chart-patterns';

/** One horizontal bar, as long as its share of the largest value, with its value right after it. */
export function Bar({
  percent,
  display,
  pattern = 'solid',
  prefix,
}: {
  percent: number;
  display: string;
  pattern?: Pattern;
  prefix: string;
}) {
  return (
    <div className="koers-chart__bar-line">
      <svg
        className="koers-chart__bar"
        // The bar takes at most 60% of the line, so the value beside it fits at 390 px.
        style={{ width: `${percent * 0.6}%` }}
        height="18"
        aria-hidden="true"
        focusable="false"
      >
        {percent > 0 && (
          <rect
            width="100%"
            height="18"
            className={`koers-chart__mark koers-chart__mark--${pattern}`}
            style={fillOf(pattern, prefix)}
          />
        )}
      </svg>
      <span className="koers-chart__value">{display}</span>
    </div>
  );
}
