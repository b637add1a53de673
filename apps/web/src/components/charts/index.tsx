import { lazy, Suspense } from 'react';
import type { BarChartProps } from './bar-chart';
import type { GroupedBarChartProps } from './grouped-bar-chart';
import type { LineChartProps } from './line-chart';

export type { ChartDatum } from './chart-types';
export type { BarChartProps, GroupedBarChartProps, LineChartProps };

// Charts load on demand, after the table they illustrate: they never enlarge a route's first load.
const LazyBarChart = lazy(() => import('./bar-chart'));
const LazyGroupedBarChart = lazy(() => import('./grouped-bar-chart'));
const LazyLineChart = lazy(() => import('./line-chart'));

/** Horizontal bars, one per row of the table beside it. */
export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={null}>
      <LazyBarChart {...props} />
    </Suspense>
  );
}

/** Bars per category for two or three series (budget against spend), told apart by fill. */
export function GroupedBarChart(props: GroupedBarChartProps) {
  return (
    <Suspense fallback={null}>
      <LazyGroupedBarChart {...props} />
    </Suspense>
  );
}

/** A trend over periods, marked and labelled per point. */
export function LineChart(props: LineChartProps) {
  return (
    <Suspense fallback={null}>
      <LazyLineChart {...props} />
    </Suspense>
  );
}
