import { EntityManager } from 'typeorm';

/** What the history needs of a municipality row. */
export interface PopulationFigure {
  id: string;
  regionId: string;
  population: number | null;
  populationReferenceDate: string | null;
  populationSource: string | null;
}

/**
 * Keeps `municipality_populations` in step with a municipality: its current figure becomes (or
 * replaces) the history entry at its reference date. Call it with the manager of the transaction
 * that saves the municipality. A figure without a population or a date is not history.
 */
export async function recordPopulation(
  manager: EntityManager,
  municipality: PopulationFigure,
): Promise<void> {
  if (municipality.population === null || !municipality.populationReferenceDate) return;
  await manager.query(
    `INSERT INTO municipality_populations
       (municipality_id, region_id, reference_date, population, source)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (municipality_id, reference_date)
     DO UPDATE SET population = EXCLUDED.population, source = EXCLUDED.source`,
    [
      municipality.id,
      municipality.regionId,
      municipality.populationReferenceDate,
      municipality.population,
      municipality.populationSource,
    ],
  );
}

/**
 * Each municipality's population at `date`: the latest history entry on or before it, or null
 * when none is known (a population is never guessed).
 */
export async function populationAt(
  manager: EntityManager,
  municipalityIds: readonly string[],
  date: string,
): Promise<Map<string, number | null>> {
  const rows: { municipality_id: string; population: number }[] = await manager.query(
    `SELECT DISTINCT ON (municipality_id) municipality_id, population
       FROM municipality_populations
      WHERE municipality_id = ANY($1::uuid[]) AND reference_date <= $2::date
      ORDER BY municipality_id, reference_date DESC`,
    [municipalityIds, date],
  );
  const found = new Map(rows.map((r) => [r.municipality_id, Number(r.population)]));
  return new Map(municipalityIds.map((id) => [id, found.get(id) ?? null]));
}

/** The date a programme takes populations at: its own reference date, else 1 January of its year. */
export function programmeReferenceDate(programme: {
  populationReferenceDate: string | null;
  year: number;
}): string {
  return programme.populationReferenceDate ?? `${programme.year}-01-01`;
}
