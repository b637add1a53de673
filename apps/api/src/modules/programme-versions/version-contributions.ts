import type { ContributionDelta, ProgrammeSnapshot } from '@koers/contracts';
import type { ContributionKeyType } from '@koers/domain';
import { EntityManager } from 'typeorm';
import { computeContributions } from '../contributions/compute-contributions';

interface MunicipalityRow {
  id: string;
  population: number | null;
}

/** The members of the region with their population at `referenceDate` (latest known before). */
async function membersAt(
  manager: EntityManager,
  regionId: string,
  referenceDate: string | null,
): Promise<MunicipalityRow[]> {
  const rows: { id: string; population: number | null }[] = await manager.query(
    `SELECT m.id,
            COALESCE((SELECT p.population FROM municipality_populations p
                       WHERE p.municipality_id = m.id AND ($2::date IS NULL OR p.reference_date <= $2::date)
                       ORDER BY p.reference_date DESC LIMIT 1), m.population) AS population
       FROM municipalities m
      WHERE m.region_id = $1
      ORDER BY m.name, m.id`,
    [regionId, referenceDate],
  );
  return rows.map((r) => ({
    id: r.id,
    population: r.population === null ? null : Number(r.population),
  }));
}

/**
 * What each municipality pays under version A and under version B (as proposed, before any
 * council declined), and the difference. Null when a split of either version cannot be made.
 */
export async function contributionDeltas(
  manager: EntityManager,
  before: ProgrammeSnapshot,
  after: ProgrammeSnapshot,
): Promise<ContributionDelta[] | null> {
  const [region]: { default_contribution_key: ContributionKeyType }[] = await manager.query(
    'SELECT default_contribution_key FROM regions WHERE id = $1',
    [after.regionId],
  );
  const compute = async (snapshot: ProgrammeSnapshot) =>
    computeContributions({
      // Snapshots frozen before payers existed have none on their extra lines: split by the
      // key, as they were then; their lines always carried a year.
      year: snapshot.year,
      programmeKey: snapshot.contributionKey,
      regionDefaultKeyType: region.default_contribution_key,
      municipalities: await membersAt(manager, snapshot.regionId, snapshot.populationReferenceDate),
      assignments: snapshot.assignments,
    });
  const old = await compute(before);
  const next = await compute(after);
  if (old.failures.length > 0 || next.failures.length > 0) return null;
  const oldBy = new Map(old.municipalities.map((m) => [m.municipalityId, m.totalCents]));
  const newBy = new Map(next.municipalities.map((m) => [m.municipalityId, m.totalCents]));
  const ids = [...new Set([...oldBy.keys(), ...newBy.keys()])];
  return ids.map((municipalityId) => {
    const oldCents = oldBy.get(municipalityId) ?? 0;
    const newCents = newBy.get(municipalityId) ?? 0;
    return { municipalityId, oldCents, newCents, deltaCents: newCents - oldCents };
  });
}
