import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runSeeds, SeedStep } from '../seed/run-seeds';
import { auditProtectionGap, grantAppRole } from './app-role';
import { dataSourceOptions } from './data-source';

// Any fixed number: replicas starting together take turns migrating and seeding.
const MIGRATION_LOCK_KEY = 7_310_524;

/**
 * Applies pending migrations and, when asked, the demo seed steps, as the owner of the schema at
 * `url`, holding a PostgreSQL advisory lock so that several replicas starting at once do this one
 * at a time. With `appUrl` (the app's own role) it then grants that role what the app may do,
 * and warns when the app's connection could change the audit trail.
 */
export async function prepareDatabase(
  url: string,
  options: { seeds: readonly SeedStep[]; logger?: Logger; appUrl?: string },
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
    if (options.appUrl) await grantAndCheck(lock, options.appUrl, logger);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}

async function grantAndCheck(owner: Client, appUrl: string, logger: Logger): Promise<void> {
  const app = new Client({ connectionString: appUrl });
  await app.connect();
  try {
    const [ownerRole, appRole] = await Promise.all(
      [owner, app].map(
        async (c) => (await c.query<{ r: string }>('SELECT current_user AS r')).rows[0].r,
      ),
    );
    if (appRole !== ownerRole) await grantAppRole(owner, appRole);
    const gap = await auditProtectionGap(app);
    if (gap) {
      logger.warn(
        `The app connects as ${gap}: it could change the audit trail by going around its protection. ` +
          'Give the app a role of its own (DATABASE_URL) and migrate as the owner (DATABASE_MIGRATION_URL): see the README.',
      );
    }
  } finally {
    await app.end();
  }
}
