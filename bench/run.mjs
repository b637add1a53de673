// `npm run bench`: starts Koers in production mode against the data of `npm run bench:data`,
// signs in as a bench user and loads seven endpoints with autocannon, then the raw baseline
// (bench/baseline-server.mjs) on the same data; RSS under load; cold starts. Prints one table and
// writes bench/results.json. Flags: --scale national|region|all (default: every generated scale),
// --duration 20, --connections 32, --warmup 3, --no-cold, --no-baseline, --only overview,matrix
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import * as prettier from 'prettier';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: 'all' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-cold': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
  },
});
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const WARMUP = Number(flags.warmup);
const PORT = 3310;
const BASELINE_PORT = 3311;
const SECRET = 'bench-session-secret-0123456789abcdef0123456789';
const MAIN = path.join(root, 'dist/api/apps/api/src/main.js');
const log = (line) => console.log(`[bench] ${line}`);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const sources = Math.max(
    ...['apps/api/src', 'libs', 'migrations'].map((d) => newestMtime(path.join(root, d))),
  );
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return;
  log('building the API (nx run api:build)');
  const built = spawnSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('the API build failed');
}

/** Starts Koers (`npm start` without the build step) and resolves when /api/health answers 200. */
async function startKoers(env, timeoutMs = 120_000) {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=256', '--initial-old-space-size=128', '--enable-source-maps', MAIN],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        KOERS_SESSION_SECRET: SECRET,
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`Koers exited during start:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok)
      return {
        child,
        seconds: (Date.now() - started) / 1000,
        stop: () => (child.kill('SIGTERM'), exited),
      };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`Koers did not become healthy in ${timeoutMs / 1000} s:\n${output}`);
}

async function coldStartEmpty() {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'koers-bench-cold-'));
  await chmod(folder, 0o755);
  try {
    // Exactly what `npm start` does after its build: initdb, migrations and the demo data.
    const koers = await startKoers({
      KOERS_DATA_DIR: path.join(folder, 'postgres'),
      KOERS_DB_PORT: '54347',
      // The demo data in production mode (NODE_ENV above) only when asked.
      KOERS_DEMO: '1',
    });
    await koers.stop();
    return koers.seconds;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * A portfolio holder of the target's region, made once with SQL (same password as the bench
 * users): the person holding the most of the target programme's assignments, with three decisions
 * under the mandate of each of their assignments in programmes that run or ran. Returns the e-mail.
 */
async function benchPortfolioHolder(dbUrl, info) {
  const email = 'portfolio.bench@bench.koers';
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const { rows: existing } = await db.query('SELECT 1 FROM users WHERE email = $1', [email]);
    if (existing.length > 0) return email;
    await db.query('BEGIN');
    const {
      rows: [holder],
    } = await db.query(
      `SELECT region_id, portfolio_holder_id AS person_id FROM assignments
        WHERE programme_id = $1 AND portfolio_holder_id IS NOT NULL
        GROUP BY region_id, portfolio_holder_id ORDER BY count(*) DESC, portfolio_holder_id LIMIT 1`,
      [info.target.programmeId],
    );
    const {
      rows: [user],
    } = await db.query(
      `INSERT INTO users (email, name, password_hash)
       SELECT $1, 'Bench portefeuillehouder', password_hash FROM users WHERE email = $2 RETURNING id`,
      [email, info.target.email],
    );
    await db.query(
      `INSERT INTO role_assignments (user_id, region_id, role, person_id)
       VALUES ($1, $2, 'portfolio_holder', $3)`,
      [user.id, holder.region_id, holder.person_id],
    );
    await db.query(
      `INSERT INTO mandate_decisions (region_id, programme_id, assignment_id, decided_on,
                                      description, amount_cents, decided_by)
       SELECT a.region_id, a.programme_id, a.id, make_date(p.year, 3 + n * 2, 15),
              'Besluit onder mandaat ' || n, 1000000 * n, 'portfolio_holder'
         FROM assignments a JOIN programmes p ON p.id = a.programme_id,
              generate_series(1, 3) AS n
        WHERE a.region_id = $1 AND a.portfolio_holder_id = $2
          AND p.status IN ('adopted', 'in_execution', 'closed')`,
      [holder.region_id, holder.person_id],
    );
    await db.query('COMMIT');
    return email;
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  } finally {
    await db.end();
  }
}

async function signIn(email, password) {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200)
    throw new Error(`sign-in as ${email} answered ${res.status}: ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

function rssMb(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** `extra`: more autocannon options, or an async function making them afresh for each run. */
async function load(url, headers, pid, extra = {}) {
  const optionsOf = async () => ({
    url,
    connections: CONNECTIONS,
    headers,
    ...(typeof extra === 'function' ? await extra() : extra),
  });
  await autocannon({ ...(await optionsOf()), duration: WARMUP });
  // autocannon stops at the end of a run without waiting for the answers still on their way; a
  // write among them may still commit. Let them land before the next run reads the versions.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  let maxRss = 0;
  const options = await optionsOf();
  const sampler = pid ? setInterval(() => (maxRss = Math.max(maxRss, rssMb(pid) ?? 0)), 250) : null;
  const r = await autocannon({ ...options, duration: DURATION });
  if (sampler) clearInterval(sampler);
  return {
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.non2xx + r.errors + r.timeouts,
    ...(r.non2xx + r.errors + r.timeouts > 0
      ? { errorKinds: { ...r.statusCodeStats, errors: r.errors, timeouts: r.timeouts } }
      : {}),
    requests: r.requests.total,
    connections: options.connections,
    ...(pid ? { maxRssMb: Math.round(maxRss) } : {}),
  };
}

async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers });
  if (!res.ok)
    throw new Error(`${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

async function sendJson(method, url, headers, body) {
  const res = await fetch(url, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok)
    throw new Error(`${method} ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/**
 * A write under load, each request with the version its target has now: a request takes a
 * target no other request is writing (autocannon sends one request per connection at a time),
 * with the version the last answer for it returned, and gives it back with its answer, so no
 * 409 is provoked. At most one connection per target; `targets()` reads the versions afresh
 * before each run (a request cut off at the end of a run may still have been written).
 */
function writeLoad(base, headers, pid, { method, targets, path: pathOf, body }) {
  let counter = 0;
  return load(base, headers, pid, async () => {
    const list = await targets();
    const versions = new Map(list.map((t) => [t.key, t.version]));
    const free = list.map((t) => t.key);
    return {
      connections: Math.min(CONNECTIONS, list.length),
      requests: [
        {
          method,
          setupRequest: (req, context) => {
            context.key = free.shift();
            return {
              ...req,
              path: pathOf(context.key),
              headers: { ...req.headers, 'content-type': 'application/json' },
              body: JSON.stringify(body(++counter, versions.get(context.key))),
            };
          },
          onResponse: (status, text, context) => {
            const answer = JSON.parse(String(text) || '{}');
            const version = status === 200 ? answer.version : answer.currentVersion;
            if (version !== undefined) versions.set(context.key, version);
            free.push(context.key);
          },
        },
      ],
    };
  });
}

/**
 * The writes' targets: a draft copy of the target programme (the next year, made once through
 * the API, reused by later runs) for the assignment PATCH, and the target programme's council
 * decisions (in consultation) for the decision PUT.
 */
async function writeTargets(base, headers, programmeId) {
  const programme = await getJson(`${base}/api/programmes/${programmeId}`, headers);
  const region = `${base}/api/regions/${programme.regionId}/programmes`;
  const programmes = await getJson(`${region}?limit=100`, headers);
  let draft = programmes.items.find((p) => p.year === programme.year + 1 && p.status === 'draft');
  if (!draft) {
    const title = `Benchmark ${programme.year + 1}`;
    draft = await sendJson('POST', region, headers, { year: programme.year + 1, title });
    await sendJson('POST', `${base}/api/programmes/${draft.id}/assignments/copy`, headers, {
      fromProgrammeId: programmeId,
    });
  }
  const draftId = draft.id;
  return {
    sentOn: programme.sentToCouncilsOn,
    assignments: async () =>
      (await getJson(`${base}/api/programmes/${draftId}/assignments?limit=100`, headers)).items.map(
        (a) => ({ key: a.id, version: a.version }),
      ),
    decisions: async () =>
      (await getJson(`${base}/api/programmes/${programmeId}/council-decisions`, headers)).items.map(
        (d) => ({ key: d.municipality.id, version: d.version }),
      ),
  };
}

/**
 * The latest reporting period of a programme of the target's region with accepted reports (the
 * roll-up counts only those: the autumn of the programme in execution, with none accepted yet,
 * would be a roll-up of nothing), or null when there is none.
 */
async function latestPeriod(dbUrl, programmeId) {
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT rp.id, rp.programme_id AS "programmeId" FROM reporting_periods rp
         JOIN programmes q ON q.id = rp.programme_id
         JOIN programmes t ON t.region_id = q.region_id AND t.id = $1
        WHERE EXISTS (SELECT 1 FROM progress_reports r
                       WHERE r.period_id = rp.id AND r.state = 'accepted')
        ORDER BY q.year DESC, rp.position DESC LIMIT 1`,
      [programmeId],
    );
    return rows[0] ?? null;
  } finally {
    await db.end();
  }
}

async function benchScale(scale) {
  const info = JSON.parse(readFileSync(path.join(root, '.koers', `bench-${scale}.json`), 'utf8'));
  const env = info.embedded
    ? { KOERS_DATA_DIR: info.dataDir, KOERS_DB_PORT: String(info.port), KOERS_DEMO: '0' }
    : { DATABASE_URL: process.env.DATABASE_URL };
  const dbUrl = info.databaseUrl ?? process.env.DATABASE_URL;
  const koers = await startKoers(env);
  log(`${scale}: Koers healthy after ${koers.seconds.toFixed(1)} s`);
  const result = {
    scale,
    rows: info.counts,
    coldStartSeconds: koers.seconds,
    endpoints: {},
    baseline: {},
  };
  let baseline;
  try {
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    result.postgres = (await db.query('SHOW server_version')).rows[0].server_version;
    await db.end();
    const cookie = await signIn(info.target.email, info.password);
    const headers = { cookie };
    const { programmeId: p, municipalityId: m } = info.target;
    const base = `http://127.0.0.1:${PORT}`;
    const audit = await getJson(
      `${base}/api/audit?entity=programme&entityId=${p}&limit=1`,
      headers,
    );
    const endpoints = {
      overview: `/api/programmes/${p}`,
      assignments: `/api/programmes/${p}/assignments?limit=20&offset=20`,
      matrix: `/api/programmes/${p}/council-decisions`,
      summary: `/api/programmes/${p}/municipalities/${m}/summary`,
      contributions: `/api/programmes/${p}/contributions`,
      audit: `/api/audit?entity=programme&entityId=${p}&limit=50&offset=${Math.max(0, audit.total - 50)}`,
    };
    // The programme roll-up of the latest reported period in the target's region (issue 16 §3):
    // the target programme is in consultation; its predecessor in execution has an accepted spring.
    const period = await latestPeriod(dbUrl, p);
    if (period) {
      endpoints.rollup = `/api/programmes/${period.programmeId}/reporting-periods/${period.id}/rollup`;
    } else log(`${scale} rollup: skipped, no programme of the region has a reporting period`);
    const only = flags.only?.split(',');
    for (const [name, url] of Object.entries(endpoints)) {
      if (only && !only.includes(name)) continue;
      await getJson(base + url, headers);
      result.endpoints[name] = { url, ...(await load(base + url, headers, koers.child.pid)) };
      log(`${scale} ${name}: ${JSON.stringify(result.endpoints[name])}`);
    }
    if (!only || only.includes('portfolio')) {
      // The portfolio holder's page (issue 16 §6): their assignments with mandate use and alerts.
      const holder = await benchPortfolioHolder(dbUrl, info);
      const holderHeaders = { cookie: await signIn(holder, info.password) };
      const url = '/api/me/portfolio';
      await getJson(base + url, holderHeaders);
      result.endpoints.portfolio = {
        url,
        ...(await load(base + url, holderHeaders, koers.child.pid)),
      };
      log(`${scale} portfolio: ${JSON.stringify(result.endpoints.portfolio)}`);
    }
    if (!only || only.includes('workbook')) {
      // A download, not a load: the programme's workbook three times in a row (best of three; the
      // first warms the caches). Timed here, not in a test: the machine's speed is not the app's.
      const url = `/api/programmes/${p}/export/workbook`;
      const ms = [];
      let bytes = 0;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const res = await fetch(base + url, { headers });
        if (!res.ok) throw new Error(`${url}: ${res.status}`);
        bytes = (await res.arrayBuffer()).byteLength;
        ms.push(Math.round(performance.now() - started));
      }
      result.downloads = {
        workbook: { url, ms, bestMs: Math.min(...ms), kib: Math.round(bytes / 1024) },
      };
      log(`${scale} workbook: ${JSON.stringify(result.downloads.workbook)}`);
    }
    const writes = ['assignmentPatch', 'decisionPut'].filter((n) => !only || only.includes(n));
    if (writes.length > 0) {
      const csrf = (await getJson(`${base}/api/auth/me`, headers)).csrfToken;
      const writeHeaders = { ...headers, 'x-csrf-token': csrf };
      const targets = await writeTargets(base, writeHeaders, p);
      const loads = {
        assignmentPatch: () =>
          writeLoad(base, writeHeaders, koers.child.pid, {
            method: 'PATCH',
            targets: targets.assignments,
            path: (key) => `/api/assignments/${key}`,
            body: (n, version) => ({ title: `Opdracht onder belasting ${n}`, version }),
          }),
        decisionPut: () =>
          writeLoad(base, writeHeaders, koers.child.pid, {
            method: 'PUT',
            targets: targets.decisions,
            path: (key) => `/api/programmes/${p}/council-decisions/${key}`,
            body: (n, version) => ({
              status: 'agreed_with_view',
              decisionDate: targets.sentOn,
              decisionReference: `RB-${n}`,
              viewPoints: [{ number: 1, text: `Zienswijze, versie ${n}`, assignmentId: null }],
              version,
            }),
          }),
      };
      const urls = {
        assignmentPatch: 'PATCH /api/assignments/{id} (title, own version per connection)',
        decisionPut: `PUT /api/programmes/${p}/council-decisions/{m} (a view, own version per connection)`,
      };
      for (const name of writes) {
        result.endpoints[name] = { url: urls[name], ...(await loads[name]()) };
        log(`${scale} ${name}: ${JSON.stringify(result.endpoints[name])}`);
      }
    }
    if (!flags['no-baseline']) {
      baseline = spawn(process.execPath, [path.join(root, 'bench/baseline-server.mjs')], {
        env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(BASELINE_PORT) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve) => baseline.stdout.once('data', resolve));
      for (const name of ['overview', 'matrix']) {
        if (only && !only.includes(name)) continue;
        const url = endpoints[name];
        const [ours, raw] = await Promise.all([
          getJson(base + url, headers),
          getJson(`http://127.0.0.1:${BASELINE_PORT}${url}`),
        ]);
        const same = isDeepStrictEqual(ours, raw);
        if (!same) log(`WARNING: the baseline's ${name} JSON differs from Koers's`);
        const measured = await load(`http://127.0.0.1:${BASELINE_PORT}${url}`, {}, null);
        result.baseline[name] = {
          ...measured,
          sameJson: same,
          koersShare: +(result.endpoints[name].reqPerSec / measured.reqPerSec).toFixed(2),
        };
        log(`${scale} baseline ${name}: ${JSON.stringify(result.baseline[name])}`);
      }
      if (!only || only.includes('assignmentPatch')) {
        // The floor of a write on this machine: the same PATCH of a title with its audit record,
        // as one hand-written statement (no session, no checks, no transaction of its own).
        const targets = await writeTargets(base, headers, p);
        const measured = await writeLoad(`http://127.0.0.1:${BASELINE_PORT}`, {}, null, {
          method: 'PATCH',
          targets: targets.assignments,
          path: (key) => `/api/assignments/${key}`,
          body: (n, version) => ({ title: `Opdracht onder belasting ${n}`, version }),
        });
        const ours = result.endpoints.assignmentPatch;
        result.baseline.assignmentPatch = {
          ...measured,
          ...(ours ? { koersShare: +(ours.reqPerSec / measured.reqPerSec).toFixed(2) } : {}),
        };
        log(
          `${scale} baseline assignmentPatch: ${JSON.stringify(result.baseline.assignmentPatch)}`,
        );
      }
    }
  } finally {
    if (baseline) {
      const gone = new Promise((resolve) => baseline.once('exit', resolve));
      baseline.kill('SIGTERM');
      await gone;
    }
    await koers.stop();
  }
  return result;
}

function machine(postgres) {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    postgres,
    loadAverageAtStart: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

function printTable(results) {
  const rows = [
    [
      'scale',
      'endpoint',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'conns',
      'max RSS MB',
      'baseline req/s',
      'Koers ÷ baseline',
    ],
  ];
  for (const r of results) {
    for (const [name, e] of Object.entries(r.endpoints)) {
      const b = r.baseline[name];
      rows.push([
        r.scale,
        name,
        e.reqPerSec,
        e.p50,
        e.p99,
        e.errors,
        e.connections ?? '',
        e.maxRssMb,
        b?.reqPerSec ?? '',
        b?.koersShare ?? '',
      ]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  for (const row of rows)
    console.log(row.map((cell, c) => String(cell).padStart(widths[c])).join('  '));
}

async function main() {
  buildIfNeeded();
  const available = ['region', 'national'].filter((s) =>
    existsSync(path.join(root, '.koers', `bench-${s}.json`)),
  );
  const scales = flags.scale === 'all' ? available : [flags.scale];
  if (scales.length === 0 || scales.some((s) => !available.includes(s))) {
    throw new Error(
      'no benchmark data: run `npm run bench:data -- --scale national` (and/or region) first',
    );
  }
  const startLoad = os.loadavg();
  const results = [];
  for (const scale of scales) results.push(await benchScale(scale));
  const cold = flags['no-cold'] ? null : await coldStartEmpty();
  if (cold !== null) log(`cold start on an empty data folder: ${cold.toFixed(1)} s`);
  const m = machine(results[0]?.postgres);
  m.loadAverageAtStart = startLoad.map((l) => +l.toFixed(2));
  const summary = {
    at: new Date().toISOString(),
    machine: m,
    settings: { connections: CONNECTIONS, durationSeconds: DURATION, warmupSeconds: WARMUP },
    coldStartEmptySeconds: cold,
    results,
  };
  const national = results.find((r) => r.scale === 'national');
  const region = results.find((r) => r.scale === 'region');
  if (national && region) {
    summary.nationalOverRegionP50 = Object.fromEntries(
      Object.keys(national.endpoints)
        .filter((k) => region.endpoints[k])
        .map((k) => [
          k,
          +(national.endpoints[k].p50 / Math.max(region.endpoints[k].p50, 1)).toFixed(2),
        ]),
    );
  }
  console.log('');
  printTable(results);
  for (const r of results) {
    console.log(`${r.scale}: cold start with this data ${r.coldStartSeconds.toFixed(1)} s`);
    const wb = r.downloads?.workbook;
    if (wb)
      console.log(
        `${r.scale}: workbook ${wb.kib} KiB, best of three ${wb.bestMs} ms (${wb.ms.join(', ')})`,
      );
  }
  if (cold !== null)
    console.log(
      `cold start, empty data folder (initdb + migrations + demo data): ${cold.toFixed(1)} s`,
    );
  if (summary.nationalOverRegionP50)
    console.log(`national ÷ region p50: ${JSON.stringify(summary.nationalOverRegionP50)}`);
  console.log(`machine: ${JSON.stringify(m)}`);
  // Formatted like the repository's other JSON, so `prettier --check .` stays clean.
  await writeFile(
    path.join(root, 'bench/results.json'),
    await prettier.format(JSON.stringify(summary), { parser: 'json' }),
  );
  log('wrote bench/results.json');
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
