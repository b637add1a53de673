import { useId } from 'react';
import { Bar } from './bar';
import { ChartFigure } from './chart-figure';
import { fillOf, PatternDefs, patternOf } from './chart-patterns';
import { type ChartFrame, share } from './chart-types';

export interface GroupedBarChartProps extends ChartFrame {
  /** The series, e.g. budget and spend; each gets its own fill, shown in the legend. */
  series: { key: string; label: string }[];
  /** Per category one value (and its text) per series, in series order. */
  groups: { key: string; label: string; values: { value: number; display: string }[] }[];
}

/**
 * Bars side by side per category (budget against spend): one fill per series — solid, hatched,
 * dotted — named in the legend, and every bar labelled with its series and value.
 */
export function GroupedBarChart({ title, table, series, groups }: GroupedBarChartProps) {
  const prefix = useId().replace(/:/g, '');
  const largest = Math.max(0, ...groups.flatMap((group) => group.values.map((v) => v.value)));
  return (
    <ChartFigure title={title} table={table}>
      <PatternDefs prefix={prefix} />
      <div className="koers-chart__legend">
        {series.map((s, index) => (
          <span key={s.key} className="koers-chart__legend-item">
            <svg width="18" height="18" aria-hidden="true" focusable="false">
              <rect
                width="18"
                height="18"
                className={`koers-chart__mark koers-chart__mark--${patternOf(index)}`}
                style={fillOf(patternOf(index), prefix)}
              />
            </svg>
            {s.label}
          </span>
        ))}
      </div>
      <div className="koers-chart__rows">
        {groups.map((group) => (
          <div key={group.key} className="koers-chart__row">
            <div className="koers-chart__label">{group.label}</div>
            {group.values.map((v, index) => (
              <Bar
                key={series[index]?.key ?? index}
                percent={share(v.value, largest)}
                display={`${series[index]?.label ?? ''}: ${v.display}`}
                pattern={patternOf(index)}
                prefix={prefix}
              />
            ))}
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}

export default GroupedBarChart;
