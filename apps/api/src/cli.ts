import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runAs, SYSTEM_ACTORS } from './common/request-context';
import { ConfigError, loadConfig } from './config/koers-config';
import { openDatabase } from './database/open-database';
import { prepareDatabase } from './database/prepare-database';
import { dataSourceOptions } from './database/data-source';
import { createPlatformAdmin } from './modules/users/create-admin';
import { DEMO_SEEDS } from './seed/demo-seeds';
import { readPassword } from './read-password';

const USAGE = `Usage: npm run koers -- <command>

Commands:
  migrate   apply pending migrations
  seed      apply pending migrations and the demo data (needs KOERS_DEMO=1 with DATABASE_URL)
  create-admin --email <address> [--name <name>]
            create a platform administrator (or make an existing user one); the password is
            read from stdin when piped, else asked for without echo`;

async function run(command: string | undefined): Promise<void> {
  if (command === 'create-admin') return createAdmin(process.argv.slice(3));
  if (command !== 'migrate' && command !== 'seed') {
    console.log(USAGE);
    process.exitCode = command ? 2 : 0;
    return;
  }
  const config = loadConfig();
  if (command === 'seed' && !config.demo) {
    throw new ConfigError(
      config.production
        ? 'NODE_ENV is production: set KOERS_DEMO=1 to put the demo data into this database on purpose.'
        : 'DATABASE_URL points at a real database: set KOERS_DEMO=1 to put the demo data into it on purpose.',
    );
  }
  Logger.overrideLogger(['fatal', 'error', 'warn', 'log']);
  const logger = new Logger('Koers');
  const database = await openDatabase(config.database, logger);
  try {
    await prepareDatabase(database.migrationUrl, {
      seeds: command === 'seed' ? DEMO_SEEDS : [],
      logger,
      appUrl: database.url,
    });
    logger.log(command === 'seed' ? 'Database migrated and seeded.' : 'Database migrated.');
  } finally {
    await database.stop();
  }
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email) throw new ConfigError('create-admin needs --email <address>.');
  const config = loadConfig();
  const password = await readPassword(`Password for ${values.email} (at least 12 characters): `);
  Logger.overrideLogger(['fatal', 'error', 'warn', 'log']);
  const logger = new Logger('Koers');
  const database = await openDatabase(config.database, logger);
  try {
    await prepareDatabase(database.migrationUrl, { seeds: [], logger, appUrl: database.url });
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const result = await createPlatformAdmin(dataSource, {
        email: values.email,
        name: values.name,
        password,
      });
      logger.log(
        `${values.email} ${result === 'created' ? 'created as' : 'is now'} a platform administrator.`,
      );
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

// Whatever the command records in the audit trail is signed "beheer-opdrachtregel".
runAs(SYSTEM_ACTORS.cli, () => run(process.argv[2])).catch((error: unknown) => {
  console.error(`Koers: ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
});
