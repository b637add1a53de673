import { DataSource, EntityManager } from 'typeorm';
import { runAs, SYSTEM_ACTORS } from '../common/request-context';

/** One named unit of seed data. It runs once per database, in one transaction with its record. */
export interface SeedStep {
  name: string;
  run(manager: EntityManager): Promise<void>;
}

/** Runs the steps that have not run on this database yet, in order; returns their names. */
export async function runSeeds(
  dataSource: DataSource,
  steps: readonly SeedStep[],
): Promise<string[]> {
  const ran: string[] = [];
  for (const step of steps) {
    // Whatever a step records in the audit trail is signed "demo-gegevens".
    const didRun = await runAs(SYSTEM_ACTORS.seed, () =>
      dataSource.transaction(async (manager) => {
        // The insert doubles as a lock: a concurrent run of the same step waits here, then skips.
        const inserted: unknown[] = await manager.query(
          'INSERT INTO seed_runs (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name',
          [step.name],
        );
        if (inserted.length === 0) return false;
        await step.run(manager);
        return true;
      }),
    );
    if (didRun) ran.push(step.name);
  }
  return ran;
}
