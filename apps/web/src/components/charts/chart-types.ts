/** One bar or point of a chart: its label, its value, and that value as the reader sees it. */
export interface ChartDatum {
  key: string;
  label: string;
  value: number;
  /** The value formatted in the chosen language ("€ 1.234,56"), written beside the mark. */
  display: string;
}

/** What every chart says about itself: a visible title and the table that holds its figures. */
export interface ChartFrame {
  title: string;
  /** The caption of the table beside the chart, its accessible alternative. */
  table: string;
}

/** How far along the largest value a value lies, as a percentage (0 for an empty chart). */
export function share(value: number, largest: number): number {
  return largest > 0 ? Math.max(0, Math.min(100, (value / largest) * 100)) : 0;
}
