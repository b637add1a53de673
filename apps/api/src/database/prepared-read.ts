import type { Pool, PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A read that a busy endpoint runs on every request, kept as a named prepared statement. */
export interface PreparedRead {
  readonly name: string;
  readonly text: string;
}

const registered = new Map<string, string>();

/**
 * Declares a prepared read. PostgreSQL parses and plans a named statement once per connection
 * instead of on every request: planning was half of the database time of a programme overview
 * (issue 7). A name belongs to one text — PostgreSQL refuses a second text under the same name on
 * a connection, so a clash is refused here, at start-up. Name the columns of the answer rather
 * than `SELECT t.*`: a prepared statement whose result columns change under it (a migration of
 * a running installation adding a column) fails with "cached plan must not change result type".
 */
export function preparedRead(name: string, text: string): PreparedRead {
  const known = registered.get(name);
  if (known !== undefined && known !== text) {
    throw new Error(`Prepared read "${name}" is declared twice with different SQL.`);
  }
  registered.set(name, text);
  return { name, text };
}

/**
 * A prepared read whose text is built per request from the shape of a query (which filters are
 * present, the sort): each shape gets a stable name from its text, `<prefix>_<hash>`.
 */
export function preparedReadOfShape(prefix: string, text: string): PreparedRead {
  // FNV-1a, 32 bits: a few hundred shapes at most per prefix.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return preparedRead(`${prefix}_${(hash >>> 0).toString(16)}`, text);
}

/**
 * Runs a prepared read on the pool, or on the connection of the transaction `manager` belongs to.
 * Rows come back as `pg` gives them (snake_case, bigint as text), like `manager.query`.
 */
export async function runPrepared<T>(
  manager: EntityManager,
  read: PreparedRead,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  const client: Pool | PoolClient = runner
    ? ((await runner.connect()) as PoolClient)
    : ((manager.connection.driver as PostgresDriver).master as Pool);
  const result = await client.query({ name: read.name, text: read.text, values });
  return result.rows as T[];
}
