import { useId } from 'react';
import { Bar } from './bar';
import { ChartFigure } from './chart-figure';
import { PatternDefs } from './chart-patterns';
import { type ChartDatum, type ChartFrame, share } from './chart-types';

export interface BarChartProps extends ChartFrame {
  bars: ChartDatum[];
}

/** A horizontal bar per row of the table beside it, each labelled with its name and value. */
export function BarChart({ title, table, bars }: BarChartProps) {
  const prefix = useId().replace(/:/g, '');
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  return (
    <ChartFigure title={title} table={table}>
      <PatternDefs prefix={prefix} />
      <div className="koers-chart__rows">
        {bars.map((bar) => (
          <div key={bar.key} className="koers-chart__row">
            <div className="koers-chart__label">{bar.label}</div>
            <Bar percent={share(bar.value, largest)} display={bar.display} prefix={prefix} />
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}

export default BarChart;
