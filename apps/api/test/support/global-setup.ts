import { execFileSync } from 'node:child_process';
import { mkdtemp, chmod } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { databaseUrl, withAdminClient } from './test-server';

/**
 * Once per run: a PostgreSQL (embedded in a temporary folder, or the server of DATABASE_URL) and a
 * template database with the real migrations applied. Each test file clones its own database
 * from the template, so files can run in parallel and in any order.
 */
export default async function globalSetup(): Promise<void> {
  Logger.overrideLogger(['error']);
  let serverUrl = process.env.DATABASE_URL;
  let appUrl: string;
  if (serverUrl) {
    appUrl = await ensureAppRole(serverUrl);
  } else {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'koers-test-'));
    await chmod(folder, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(folder, 'postgres'),
      port: await freePort(),
      database: 'postgres',
    });
    serverUrl = server.migrationUrl;
    appUrl = server.url;
    Object.assign(globalThis, { koersTestServer: { stop: server.stop, folder } });
  }
  const template = `koers_template_${Date.now().toString(36)}${process.pid}`;
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${template}"`);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  // As Koers does: migrated by the owner, who grants the app's role what the app may do.
  migrate(databaseUrl(serverUrl, template), databaseUrl(appUrl, template));
  // Workers start after this and inherit the environment.
  process.env.KOERS_TEST_SERVER_URL = serverUrl;
  process.env.KOERS_TEST_APP_URL = appUrl;
  process.env.KOERS_TEST_TEMPLATE = template;
}

/**
 * The app's role on a server given by DATABASE_URL (a superuser): roles belong to the whole
 * server, so test runs in parallel share this one, created if missing, never dropped.
 */
async function ensureAppRole(serverUrl: string): Promise<string> {
  const role = 'koers_test_app';
  const password = 'koers-test-app';
  await withAdminClient(serverUrl, async (client) => {
    // Only created (an ALTER ROLE of a run in parallel could fail on the same row).
    await client.query(`DO $$ BEGIN
        CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}';
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
  });
  const url = new URL(serverUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/**
 * Applies the real migrations through Koers's own CLI. (A global setup runs outside Jest's module
 * registry, where the @koers/* path aliases do not resolve; the CLI resolves them like `npm run dev`.)
 */
function migrate(ownerUrl: string, appUrl: string): void {
  const root = path.resolve(__dirname, '../../../..');
  try {
    execFileSync(
      process.execPath,
      ['-r', './scripts/register-api.cjs', 'apps/api/src/cli.ts', 'migrate'],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: appUrl, DATABASE_MIGRATION_URL: ownerUrl },
        stdio: 'pipe',
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`Migrating the test template failed:\n${String(stdout)}${String(stderr)}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
