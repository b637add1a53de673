import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@koers/migrations';
import { ENTITIES } from './entities';

/** The one place that says how Koers talks to PostgreSQL: used by Nest, the CLI and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // The schema changes only through reviewed migrations, never from the entities.
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: 10,
      // Fail fast instead of hanging when PostgreSQL is gone; the pool reconnects when it returns.
      connectionTimeoutMillis: 3_000,
      application_name: 'koers',
    },
  };
}

/**
 * For the TypeORM CLI (`npm run db:migration:generate`): the database of `npm run dev`, or
 * DATABASE_URL.
 */
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_URL ?? 'postgres://postgres:koers-embedded@127.0.0.1:54329/koers',
  ),
);
