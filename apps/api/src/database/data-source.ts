import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@koers/migrations';
import { findProjectRoot } from '../config/koers-config';
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

/** The owner of the database of `npm run dev`, with the password generated for its data folder. */
function devDatabaseUrl(): string {
  const file = path.join(findProjectRoot(), '.koers/postgres.passwords.json');
  try {
    const { owner } = JSON.parse(readFileSync(file, 'utf8')) as {
      owner: { user: string; password: string };
    };
    return `postgres://${owner.user}:${encodeURIComponent(owner.password)}@127.0.0.1:54329/koers`;
  } catch {
    return 'postgres://postgres@127.0.0.1:54329/koers';
  }
}

/**
 * For the TypeORM CLI (`npm run db:migration:generate`): the database of `npm run dev` (started),
 * or DATABASE_MIGRATION_URL / DATABASE_URL.
 */
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_MIGRATION_URL ?? process.env.DATABASE_URL ?? devDatabaseUrl(),
  ),
);
