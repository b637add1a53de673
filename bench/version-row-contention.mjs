// The region data version's row lock under 32 concurrent writers in one region, straight on
// PostgreSQL (DATABASE_URL's server; default the machine's at 127.0.0.1:5432): one version row per
// region (f1) against 16 shards (f16), and no trigger for reference. Makes and drops a database
// `lockbench`. node bench/version-row-contention.mjs
import pg from 'pg';
const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = server.replace(/\/[^/]*$/, '/lockbench');
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS lockbench');
await admin.query('CREATE DATABASE lockbench');
await admin.end();
const c = new pg.Client({ connectionString: url });
await c.connect();
await c.query(`CREATE TABLE people (id serial primary key, region_id int not null, name text);
CREATE TABLE v1 (region_id int primary key, version bigint not null default 0);
CREATE TABLE v16 (region_id int, shard smallint, version bigint not null default 0, primary key (region_id, shard));
CREATE FUNCTION f1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO v1 AS v VALUES (NEW.region_id, 1) ON CONFLICT (region_id) DO UPDATE SET version = v.version + 1; RETURN NULL; END $$;
CREATE FUNCTION f16() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO v16 AS v VALUES (NEW.region_id, pg_backend_pid() % 16, 1) ON CONFLICT (region_id, shard) DO UPDATE SET version = v.version + 1; RETURN NULL; END $$;
INSERT INTO people (region_id, name) SELECT 1, 'p' || g FROM generate_series(1, 64) g;`);
async function run(fn) {
  await c.query('DROP TRIGGER IF EXISTS t ON people');
  if (fn)
    await c.query(
      `CREATE CONSTRAINT TRIGGER t AFTER INSERT OR UPDATE ON people DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
  const clients = await Promise.all(
    Array.from({ length: 32 }, async () => {
      const k = new pg.Client({ connectionString: url });
      await k.connect();
      return k;
    }),
  );
  const t0 = performance.now();
  let n = 0;
  const lat = [];
  await Promise.all(
    clients.map(async (k, i) => {
      const end = t0 + 5000;
      while (performance.now() < end) {
        const s = performance.now();
        await k.query('BEGIN');
        await k.query('UPDATE people SET name = name WHERE id = $1', [i + 1]);
        await k.query('COMMIT');
        lat.push(performance.now() - s);
        n++;
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  console.log(
    `${fn ?? 'no trigger'}: ${Math.round(n / secs)} txn/s, p50 ${lat[Math.floor(lat.length / 2)].toFixed(1)} ms, p99 ${lat[Math.floor(lat.length * 0.99)].toFixed(1)} ms`,
  );
  await Promise.all(clients.map((k) => k.end()));
}
for (const fn of [null, 'f1', 'f16', 'f1', 'f16']) await run(fn);
await c.end();
const cleanup = new pg.Client({ connectionString: server });
await cleanup.connect();
await cleanup.query('DROP DATABASE lockbench');
await cleanup.end();
