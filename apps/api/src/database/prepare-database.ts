import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runSeeds, SeedStep } from '../seed/run-seeds';
import { dataSourceOptions } from './data-source';

// Any fixed number: replicas starting together take turns migrating and seeding.
const MIGRATION_LOCK_KEY = 7_310_524;

/**
 * Applies pending migrations and, when asked, the demo seed steps, holding a PostgreSQL advisory
 * lock so that several replicas starting at once do this one at a time.
 */
export async function prepareDatabase(
  url: string,
  options: { seeds: readonly SeedStep[]; logger?: Logger },
): Promise<void> {
  const logger = options.logger ?? new Logger('Database');
  const lock = new Client({ connectionString: url });
  await lock.connect();
  const dataSource = new DataSource(dataSourceOptions(url));
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) {
      logger.log(
        `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
      );
    }
    const seeded = await runSeeds(dataSource, options.seeds);
    if (seeded.length > 0) logger.log(`Seeded: ${seeded.join(', ')}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}
