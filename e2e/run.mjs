// `npm run test:e2e`: builds Koers if needed, starts it on an embedded PostgreSQL of its own in a
// temporary folder (demo data, free ports), runs the browser tests against it, and stops it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The API's pinned today in the browser tests; the tests export it through KOERS_E2E_TODAY. */
const E2E_TODAY = '2026-10-01';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'dist/api/apps/api/src/main.js');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealthy(url, child) {
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Koers did not become healthy within 60 s');
}

if (
  !existsSync(main) ||
  !existsSync(path.join(root, 'dist/web/index.html')) ||
  process.env.CI !== 'true'
) {
  const built = run('npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    '-p',
    'api',
    'web',
    '--output-style=static',
  ]);
  if (built !== 0) process.exit(built);
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'koers-e2e-'));
await chmod(folder, 0o755);
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const koers = spawn(process.execPath, [main], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    DATABASE_URL: '',
    PORT: String(port),
    KOERS_DB_PORT: String(await freePort()),
    KOERS_DATA_DIR: path.join(folder, 'postgres'),
    LOG_LEVEL: 'warn',
    // "Today" for the API's deadlines: after the consultation deadline the flow test chooses (it
    // sends the programme on 1 June 2026, twelve weeks before 24 August), so the board may adopt.
    KOERS_TODAY: process.env.KOERS_TODAY ?? E2E_TODAY,
  },
});

let status = 1;
try {
  await waitForHealthy(baseUrl, koers);
  status = run('npx', ['jest', '-c', 'e2e/jest.config.cjs', ...process.argv.slice(2)], {
    KOERS_E2E_URL: baseUrl,
    KOERS_E2E_TODAY: process.env.KOERS_TODAY ?? E2E_TODAY,
  });
} finally {
  const exited = new Promise((resolve) => koers.once('exit', resolve));
  if (koers.exitCode === null) koers.kill('SIGTERM');
  await exited;
  await rm(folder, { recursive: true, force: true });
}
process.exit(status);
