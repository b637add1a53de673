import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/koers-config';
import { openDatabase } from './database/open-database';
import { prepareDatabase } from './database/prepare-database';
import { DEMO_SEEDS } from './seed/demo-seeds';

const USAGE = `Usage: npm run koers -- <command>

Commands:
  migrate   apply pending migrations
  seed      apply pending migrations and the demo data (needs KOERS_DEMO=1 with DATABASE_URL)`;

async function run(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') {
    console.log(USAGE);
    process.exitCode = command ? 2 : 0;
    return;
  }
  const config = loadConfig();
  if (command === 'seed' && !config.demo) {
    throw new ConfigError(
      'DATABASE_URL points at a real database: set KOERS_DEMO=1 to put the demo data into it on purpose.',
    );
  }
  Logger.overrideLogger(['fatal', 'error', 'warn', 'log']);
  const logger = new Logger('Koers');
  const database = await openDatabase(config.database, logger);
  try {
    await prepareDatabase(database.url, { seeds: command === 'seed' ? DEMO_SEEDS : [], logger });
    logger.log(command === 'seed' ? 'Database migrated and seeded.' : 'Database migrated.');
  } finally {
    await database.stop();
  }
}

run(process.argv[2]).catch((error: unknown) => {
  console.error(`Koers: ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
});
