/**
 * Fills that tell series apart without colour: solid, diagonal hatching, dots. A series keeps
 * its fill in the bars and in the legend.
 */
export const PATTERNS = ['solid', 'hatched', 'dotted'] as const;
export type Pattern = (typeof PATTERNS)[number];

export const patternOf = (index: number): Pattern => PATTERNS[index % PATTERNS.length];

/** The `<defs>` the fills refer to, once per chart (ids made unique by `prefix`). */
export function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <svg width="0" height="0" className="koers-chart__defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={`${prefix}-hatched`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="koers-chart__paper" />
          <line x1="0" y1="0" x2="0" y2="6" className="koers-chart__ink" strokeWidth="3" />
        </pattern>
        <pattern id={`${prefix}-dotted`} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" className="koers-chart__paper" />
          <circle cx="2.5" cy="2.5" r="1.5" className="koers-chart__dot" />
        </pattern>
      </defs>
    </svg>
  );
}

/** The style that fills a mark with its pattern (inline, so it wins over the solid default). */
export const fillOf = (pattern: Pattern, prefix: string) =>
  pattern === 'solid' ? undefined : { fill: `url(#${prefix}-${pattern})` };
