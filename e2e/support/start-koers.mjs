// Starts the built Koers (dist/) the way `npm start` does, on an embedded PostgreSQL of its own in a
// temporary folder, with demo data and free ports; used by the browser tests and the page budgets.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export function freePort() {
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

/** Starts Koers from `root`/dist; resolves once it is healthy, with its URL and a `stop()`. */
export async function startKoers(root, env = {}) {
  const main = path.join(root, 'dist/api/apps/api/src/main.js');
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
      ...env,
    },
  });
  const stop = async () => {
    if (koers.exitCode === null && koers.signalCode === null) {
      const exited = new Promise((resolve) => koers.once('exit', resolve));
      koers.kill('SIGTERM');
      await exited;
    }
    await rm(folder, { recursive: true, force: true });
  };
  try {
    await waitForHealthy(baseUrl, koers);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
