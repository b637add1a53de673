import { ChartFigure } from './chart-figure';
import { type ChartDatum, type ChartFrame, share } from './chart-types';

export interface LineChartProps extends ChartFrame {
  /** The points in order (e.g. per quarter); each is marked and labelled with its value. */
  points: ChartDatum[];
}

// A small drawing that grows with its box up to a width where its text stays at reading size.
const WIDTH = 360;
const HEIGHT = 200;
const TOP = 28;
const BOTTOM = 28;
const SIDE = 36;

/** A trend: square markers joined by a line, each value written above its marker. */
export function LineChart({ title, table, points }: LineChartProps) {
  const largest = Math.max(0, ...points.map((p) => p.value));
  const step = points.length > 1 ? (WIDTH - 2 * SIDE) / (points.length - 1) : 0;
  const xOf = (index: number) => (points.length > 1 ? SIDE + index * step : WIDTH / 2);
  const yOf = (value: number) =>
    HEIGHT - BOTTOM - (share(value, largest) / 100) * (HEIGHT - TOP - BOTTOM);
  const line = points.map((p, index) => `${xOf(index)},${yOf(p.value)}`).join(' ');
  return (
    <ChartFigure title={title} table={table}>
      <svg
        className="koers-chart__line-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        <line
          x1={SIDE / 2}
          x2={WIDTH - SIDE / 2}
          y1={HEIGHT - BOTTOM}
          y2={HEIGHT - BOTTOM}
          className="koers-chart__axis"
        />
        <polyline points={line} className="koers-chart__trend" fill="none" />
        {points.map((p, index) => (
          <g key={p.key}>
            <rect
              x={xOf(index) - 5}
              y={yOf(p.value) - 5}
              width="10"
              height="10"
              className="koers-chart__mark koers-chart__mark--solid"
            />
            <text x={xOf(index)} y={yOf(p.value) - 10} textAnchor="middle">
              {p.display}
            </text>
            <text x={xOf(index)} y={HEIGHT - 8} textAnchor="middle">
              {p.label}
            </text>
          </g>
        ))}
      </svg>
    </ChartFigure>
  );
}

export default LineChart;
