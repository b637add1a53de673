// Before/after on a noisy machine: two builds of Koers against the SAME data at the same time,
// loaded in alternation (old, new, new, old, …), reporting req/s, p50, p99 and the API process's
// CPU milliseconds per request (user + system, from /proc), which noise from other programs
// affects far less than throughput does.
//   node bench/ab.mjs --old /path/to/old/dist/api/apps/api/src/main.js [--scale region]
//     [--rounds 2] [--duration 8] [--connections 32] [--only overview,matrix]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as prettier from 'prettier';

const root = path.resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({
  options: {
    old: { type: 'string' },
    scale: { type: 'string', default: 'region' },
    rounds: { type: 'string', default: '2' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    only: { type: 'string' },
  },
});
if (!flags.old) throw new Error('--old <main.js of the build to compare against> is required');
const SECRET = 'bench-session-secret-0123456789abcdef0123456789';
const info = JSON.parse(
  readFileSync(path.join(root, '.koers', `bench-${flags.scale}.json`), 'utf8'),
);

async function start(main, port, env) {
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      KOERS_SESSION_SECRET: SECRET,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      KOERS_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: info.target.email, password: info.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in on ${port}: ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { port, cookie, pid: child.pid, stop: () => (child.kill('SIGTERM'), exited) };
}

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, 100 Hz ticks
};

async function measure(server, url) {
  const opts = {
    url: `http://127.0.0.1:${server.port}${url}`,
    connections: Number(flags.connections),
    headers: { cookie: server.cookie },
  };
  await autocannon({ ...opts, duration: 1 });
  const before = cpuMs(server.pid);
  const r = await autocannon({ ...opts, duration: Number(flags.duration) });
  const cpu = cpuMs(server.pid) - before;
  return {
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.non2xx + r.errors,
    cpuMsPerReq: cpu / Math.max(r.requests.total, 1),
  };
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fresh = await start(path.join(root, 'dist/api/apps/api/src/main.js'), 3310, {
  KOERS_DATA_DIR: info.dataDir,
  KOERS_DB_PORT: String(info.port),
});
const old = await start(flags.old, 3312, { DATABASE_URL: info.databaseUrl });
const p = info.target.programmeId;
// The last page of the programme's trail, as `npm run bench` loads it.
const trail = await fetch(
  `http://127.0.0.1:${fresh.port}/api/audit?entity=programme&entityId=${p}&limit=1`,
  { headers: { cookie: fresh.cookie } },
).then((r) => r.json());
const endpoints = {
  overview: `/api/programmes/${p}`,
  assignments: `/api/programmes/${p}/assignments?limit=20&offset=20`,
  matrix: `/api/programmes/${p}/council-decisions`,
  summary: `/api/programmes/${p}/municipalities/${info.target.municipalityId}/summary`,
  contributions: `/api/programmes/${p}/contributions`,
  audit: `/api/audit?entity=programme&entityId=${p}&limit=50&offset=${Math.max(0, trail.total - 50)}`,
};
const results = {};
try {
  for (const [name, url] of Object.entries(endpoints)) {
    if (flags.only && !flags.only.split(',').includes(name)) continue;
    const runs = { old: [], new: [] };
    for (let round = 0; round < Number(flags.rounds); round++) {
      const order =
        round % 2 === 0
          ? [
              ['old', old],
              ['new', fresh],
            ]
          : [
              ['new', fresh],
              ['old', old],
            ];
      for (const [label, server] of order) runs[label].push(await measure(server, url));
    }
    results[name] = Object.fromEntries(
      Object.entries(runs).map(([label, rs]) => [
        label,
        Object.fromEntries(
          Object.keys(rs[0]).map((k) => [k, +mean(rs.map((r) => r[k])).toFixed(2)]),
        ),
      ]),
    );
    console.log(
      `${name.padEnd(14)} old ${JSON.stringify(results[name].old)}\n${''.padEnd(14)} new ${JSON.stringify(results[name].new)}`,
    );
  }
} finally {
  await old.stop();
  await fresh.stop();
}
writeFileSync(
  path.join(root, 'bench/ab-results.json'),
  await prettier.format(
    JSON.stringify({ at: new Date().toISOString(), scale: flags.scale, flags, results }),
    { parser: 'json' },
  ),
);
