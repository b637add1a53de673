/** One figure of a municipality's population history. */
export interface PopulationFigure {
  /** `YYYY-MM-DD`. */
  referenceDate: string;
  population: number;
}

/**
 * How a population figure stands against the date a split takes populations at: `current` (at
 * most one year older), `stale` (older than one year before it), `missing` (no figure on or
 * before it). The API answers it with each municipality (`@koers/contracts` re-exports it).
 */
export type PopulationStatus = 'current' | 'stale' | 'missing';
export const POPULATION_STATUSES: readonly PopulationStatus[] = ['current', 'stale', 'missing'];

/** The figure a split uses at `date`: the latest on or before it; null when none is known. */
export function populationOn<T extends PopulationFigure>(
  history: readonly T[],
  date: string,
): T | null {
  let found: T | null = null;
  for (const figure of history) {
    if (figure.referenceDate <= date && (!found || figure.referenceDate > found.referenceDate)) {
      found = figure;
    }
  }
  return found;
}

/** The same day one year earlier (29 February becomes 28 February). */
export function oneYearBefore(date: string): string {
  const [year, month, day] = date.split('-');
  const earlier = `${String(Number(year) - 1).padStart(4, '0')}-${month}-${day}`;
  return month === '02' && day === '29' ? earlier.replace(/-29$/, '-28') : earlier;
}

/**
 * `missing` without a figure; `stale` when the figure is older than the reference date by more
 * than a year (a figure of exactly one year before, e.g. 1 January of the year before, is current).
 */
export function populationStatus(
  populationDate: string | null,
  referenceDate: string,
): PopulationStatus {
  if (!populationDate) return 'missing';
  return populationDate < oneYearBefore(referenceDate) ? 'stale' : 'current';
}
