import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { ConfigError, DatabaseConfig } from '../config/koers-config';
import { RunningDatabase, startEmbeddedPostgres } from './embedded-postgres';

/** Starts the embedded PostgreSQL, or checks that the one at DATABASE_URL answers. */
export async function openDatabase(
  config: DatabaseConfig,
  logger: Logger,
): Promise<RunningDatabase> {
  if (config.kind === 'embedded') {
    const running = await startEmbeddedPostgres({ ...config, database: 'koers', logger });
    logger.log(`Embedded PostgreSQL running on port ${config.port} with data in ${config.dataDir}`);
    return running;
  }
  await assertReachable('DATABASE_URL', config.url);
  if (config.migrationUrl) await assertReachable('DATABASE_MIGRATION_URL', config.migrationUrl);
  return {
    url: config.url,
    migrationUrl: config.migrationUrl ?? config.url,
    stop: () => Promise.resolve(),
  };
}

async function assertReachable(variable: string, url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const where = describeTarget(url);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(
      `${variable} does not answer: cannot connect to PostgreSQL at ${where} (${reason}).`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** host:port/database without the password. */
function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the given address';
  }
}
