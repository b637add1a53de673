import { Client } from 'pg';

/** Tables that a refused request may still write: sessions, sign-in limits and the audit trail. */
const MAY_CHANGE = /^(session|login_attempts|.*rate_limit.*|.*_attempts|audit_.*|migrations)$/;

export type Checksums = Record<string, { rows: number; md5: string }>;

/**
 * Row count and checksum (md5 of every row's text, in order) of each table a refused request
 * must leave alone. Tables are read from the catalogue, so tables added later are checked too.
 */
export async function tableChecksums(client: Client): Promise<Checksums> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const checked = tables.map((t) => t.name).filter((name) => !MAY_CHANGE.test(name));
  const { rows } = await client.query<{ name: string; rows: number; md5: string }>(
    checked
      .map(
        (name) =>
          `SELECT '${name}' AS name, count(*)::int AS rows,
                  md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5
             FROM "${name}" t`,
      )
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, md5: r.md5 }]));
}

/** The tables whose rows differ, e.g. `people (12 → 13 rows)`. */
export function changedTables(before: Checksums, after: Checksums): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name]?.md5 !== after[name]?.md5)
    .map((name) => `${name} (${before[name]?.rows ?? 0} → ${after[name]?.rows ?? 0} rows)`);
}
