import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { readEmbeddedCredentials } from '../src/database/embedded-postgres';
import { hashPassword } from '../src/modules/auth/passwords';
import { DEMO_PASSWORD } from '../src/seed/data/demo-accounts';
import { createRegionFixture } from './factories/programme-fixtures';
import { createUser } from './support/accounts';
import { freePort, isListening, startKoers, waitForHealthy } from './support/koers-process';
import { createTestDatabase, TestDatabase } from './support/test-server';

describe('starting Koers', () => {
  it('stops on a bad PORT with one sentence that names it, and no stack trace', async () => {
    const koers = startKoers({ PORT: 'drie-duizend' });
    expect(await koers.exited).toBe(1);
    expect(koers.output().stderr.trim()).toBe(
      'Koers cannot start: PORT must be a whole number between 1 and 65535 (got "drie-duizend").',
    );
  });

  it('stops on an unreachable DATABASE_URL with one sentence, without the password', async () => {
    const koers = startKoers({ DATABASE_URL: 'postgres://koers:geheim@127.0.0.1:1/koers' });
    expect(await koers.exited).toBe(1);
    const { stderr } = koers.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('DATABASE_URL does not answer');
    expect(stderr).toContain('127.0.0.1:1/koers');
    expect(stderr).not.toContain('geheim');
  });

  it('runs on one superuser URL, warning that the app could then change the audit trail', async () => {
    const db = await createTestDatabase();
    const port = await freePort();
    const koers = startKoers({ DATABASE_URL: db.ownerUrl, PORT: String(port) });
    try {
      await waitForHealthy(port, koers.child);
      expect(koers.output().stdout).toMatch(
        /connects as \w+, a superuser: it could change the audit trail/,
      );
    } finally {
      koers.child.kill('SIGTERM');
      await koers.exited;
      await db.drop();
    }
  }, 60_000);

  it('refuses a production start on a database that still holds the demo accounts with their published password', async () => {
    const db = await createTestDatabase();
    const admin = await createUser(db.url, { email: 'admin@koers.demo' });
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query('UPDATE users SET password_hash = $2 WHERE id = $1', [
      admin.id,
      await hashPassword(DEMO_PASSWORD),
    ]);
    await client.end();
    const koers = startKoers({
      DATABASE_URL: db.url,
      DATABASE_MIGRATION_URL: db.ownerUrl,
      PORT: String(await freePort()),
      NODE_ENV: 'production',
      KOERS_DEMO: undefined,
      KOERS_SESSION_SECRET: 'startup-test-session-secret-0123456789',
    });
    try {
      const stillRunning = new Promise((resolve) =>
        setTimeout(() => resolve('still running'), 40_000),
      );
      expect(await Promise.race([koers.exited, stillRunning])).toBe(1);
      const { stderr } = koers.output();
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('Koers cannot start: this database holds 1 demo account(s)');
      expect(stderr).not.toContain(DEMO_PASSWORD);
    } finally {
      if (koers.child.exitCode === null) koers.child.kill('SIGKILL');
      await db.drop();
    }
  }, 60_000);

  describe('on a reachable database with a built web app', () => {
    let db: TestDatabase;
    let port: number;
    let koers: ReturnType<typeof startKoers>;

    beforeAll(async () => {
      db = await createTestDatabase();
      port = await freePort();
      const webDir = await mkdtemp(path.join(os.tmpdir(), 'koers-web-'));
      await writeFile(
        path.join(webDir, 'index.html'),
        '<html lang="nl"><title>Koers</title></html>',
      );
      await mkdir(path.join(webDir, 'assets'));
      await writeFile(path.join(webDir, 'assets/index-abc.js'), 'console.log(1);');
      await writeFile(path.join(webDir, 'assets/index-abc.js.map'), '{"version":3}');
      koers = startKoers({
        DATABASE_URL: db.url,
        PORT: String(port),
        KOERS_WEB_DIR: webDir,
        NODE_ENV: 'production',
        KOERS_SESSION_SECRET: 'startup-test-session-secret-0123456789',
      });
      await waitForHealthy(port, koers.child);
    }, 60_000);

    afterAll(async () => {
      if (koers.child.exitCode === null) koers.child.kill('SIGKILL');
      await db.drop();
    });

    it('serves the API under /api and the web app at / on one port, routes falling back to the app', async () => {
      const home = await fetch(`http://127.0.0.1:${port}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<title>Koers</title>');

      const deepLink = await fetch(`http://127.0.0.1:${port}/programmas/2026/opdrachten`);
      expect(deepLink.status).toBe(200);
      expect(await deepLink.text()).toContain('<title>Koers</title>');

      const unknownApi = await fetch(`http://127.0.0.1:${port}/api/nothing-here`);
      expect(unknownApi.status).toBe(404);
      expect(unknownApi.headers.get('content-type')).toMatch(/problem\+json/);
    });

    it('serves the files of the app, a missing one as 404 rather than the app, and no source maps in production', async () => {
      const script = await fetch(`http://127.0.0.1:${port}/assets/index-abc.js`);
      expect(script.status).toBe(200);
      expect(await script.text()).toBe('console.log(1);');
      // A document's policies come with the page; a script keeps only what counts for a file.
      expect(script.headers.get('x-content-type-options')).toBe('nosniff');
      expect(script.headers.get('content-security-policy')).toBeNull();
      expect(script.headers.get('x-frame-options')).toBeNull();
      // Cached for a year under a name that changes with its content: no date to revalidate by.
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(script.headers.get('last-modified')).toBeNull();
      expect(script.headers.get('accept-ranges')).toBeNull();
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
      expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(page.headers.get('etag')).not.toBeNull();

      for (const missing of [
        '/assets/missing.js',
        '/favicon-missing.png',
        '/assets/index-abc.js.map',
      ]) {
        const res = await fetch(`http://127.0.0.1:${port}${missing}`);
        expect({ missing, status: res.status }).toEqual({ missing, status: 404 });
        expect(await res.text()).not.toContain('<title>Koers</title>');
      }
    });

    it('shuts down cleanly on SIGTERM', async () => {
      koers.child.kill('SIGTERM');
      expect(await koers.exited).toBe(0);
      expect(koers.output().stderr).toBe('');
    });
  });

  describe('on its embedded database', () => {
    let dataDir: string;
    let port: number;
    let dbUrl: string;
    let koers: ReturnType<typeof startKoers>;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-embedded-'));
      port = await freePort();
      const dbPort = await freePort();
      koers = startKoers({
        // Its own embedded server, also when the tests run against another PostgreSQL.
        DATABASE_URL: undefined,
        KOERS_DATA_DIR: path.join(dataDir, 'postgres'),
        KOERS_DB_PORT: String(dbPort),
        KOERS_DEMO: '0',
        PORT: String(port),
      });
      await waitForHealthy(port, koers.child);
      const { owner } = (await readEmbeddedCredentials(path.join(dataDir, 'postgres')))!;
      dbUrl = `postgres://${owner.user}:${owner.password}@127.0.0.1:${dbPort}/koers`;
    }, 120_000);

    afterAll(async () => {
      if (koers.child.exitCode === null) koers.child.kill('SIGKILL');
      await koers.exited;
      await rm(dataDir, { recursive: true, force: true });
    });

    it('on SIGTERM lets a request whose client went away finish, then stops its database', async () => {
      const base = `http://127.0.0.1:${port}`;
      const { regionId } = await createRegionFixture(dbUrl);
      const admin = await createUser(dbUrl, { platformAdmin: true });
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: admin.email, password: admin.password }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0].split(';')[0];

      // The sessions table locked: the request waits for its session while the browser gives up.
      const sql = new Client({ connectionString: dbUrl });
      await sql.connect();
      sql.on('error', () => undefined);
      await sql.query('BEGIN');
      await sql.query('LOCK TABLE session IN ACCESS EXCLUSIVE MODE');
      const request = http.get(`${base}/api/regions/${regionId}`, { headers: { cookie } });
      const read = new Promise((resolve) => request.once('error', () => resolve('gave up')));
      const waiting = `SELECT count(*)::int AS n FROM pg_locks
                        WHERE NOT granted AND relation = 'session'::regclass`;
      for (let i = 0; i < 100 && (await sql.query(waiting)).rows[0].n === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      request.destroy();
      expect(await read).toBe('gave up');

      koers.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Koers still waits for the request, on a database still running.
      expect(koers.child.exitCode).toBeNull();
      await sql.query('COMMIT');
      await sql.end();
      // The handler went on to read the region, without an error; then the database stopped.
      expect(await koers.exited).toBe(0);
      expect(koers.output().stderr).toBe('');
      await expect(isListening(new URL(dbUrl).port)).resolves.toBe(false);
    });
  });
});
