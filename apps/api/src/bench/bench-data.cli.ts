import 'reflect-metadata';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { findProjectRoot } from '../config/koers-config';
import { RunningDatabase, startEmbeddedPostgres } from '../database/embedded-postgres';
import { prepareDatabase } from '../database/prepare-database';
import { SCALES } from './bench-scale';
import { generateBenchData } from './generate-data';

/**
 * `npm run bench:data -- --scale national|region`: a fresh database (the embedded PostgreSQL in
 * .koers/bench-<scale>/postgres on port 54339 (national) or 54338 (region), or an empty
 * DATABASE_URL), the real migrations, then the generated dataset. Writes .koers/bench-<scale>.json
 * for `npm run bench`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: 'national' } },
    strict: true,
  });
  const scale = SCALES[values.scale as keyof typeof SCALES];
  if (!scale) throw new Error(`--scale must be national or region, not ${values.scale}.`);
  Logger.overrideLogger(['error', 'warn', 'log']);
  const root = findProjectRoot();
  const dataDir = path.join(root, '.koers', `bench-${scale.name}`, 'postgres');
  const port = Number(
    process.env.KOERS_BENCH_DB_PORT ?? (scale.name === 'national' ? 54339 : 54338),
  );
  const started = Date.now();
  let database: RunningDatabase;
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    database = { url, migrationUrl: url, stop: () => Promise.resolve() };
  } else {
    console.log(`Fresh embedded PostgreSQL in ${dataDir} on port ${port}`);
    await rm(dataDir, { recursive: true, force: true });
    database = await startEmbeddedPostgres({ dataDir, port, database: 'koers' });
  }
  try {
    await prepareDatabase(database.migrationUrl, { seeds: [], appUrl: database.url });
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM regions');
      if (Number(rows[0].n) > 0) {
        throw new Error('The database already holds regions: bench:data needs an empty database.');
      }
      await client.query('SET synchronous_commit = off');
      console.log(
        `Migrated in ${((Date.now() - started) / 1000).toFixed(1)} s; generating ${scale.name}`,
      );
      const result = await generateBenchData(client, scale, (line) => console.log(line));
      console.log('\n table                          rows');
      for (const [table, n] of Object.entries(result.counts)) {
        console.log(` ${table.padEnd(28)} ${String(n).padStart(9)}`);
      }
      console.log(
        `\nGenerated ${scale.name} in ${result.seconds.toFixed(1)} s ` +
          `(${((Date.now() - started) / 1000).toFixed(1)} s with database start and migrations).`,
      );
      await mkdir(path.join(root, '.koers'), { recursive: true });
      await writeFile(
        path.join(root, '.koers', `bench-${scale.name}.json`),
        JSON.stringify(
          {
            ...result,
            embedded: !process.env.DATABASE_URL,
            port,
            dataDir,
            databaseUrl: process.env.DATABASE_URL ? undefined : database.url,
          },
          null,
          2,
        ),
      );
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
