// `npm run test:e2e`: builds Koers if needed, starts it on an embedded PostgreSQL of its own in a
// temporary folder (demo data, free ports), runs the browser tests against it, and stops it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKoers } from './support/start-koers.mjs';

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

// "Today" for the API's deadlines: after the consultation deadline the flow test chooses (it
// sends the programme on 1 June 2026, twelve weeks before 24 August), so the board may adopt.
const today = process.env.KOERS_TODAY ?? E2E_TODAY;
const koers = await startKoers(root, { KOERS_TODAY: today });

let status = 1;
try {
  status = run('npx', ['jest', '-c', 'e2e/jest.config.cjs', ...process.argv.slice(2)], {
    KOERS_E2E_URL: koers.baseUrl,
    KOERS_E2E_TODAY: today,
  });
} finally {
  await koers.stop();
}
process.exit(status);
