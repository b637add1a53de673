import { EntityManager } from 'typeorm';

/**
 * Runs independent queries: in parallel on the pool, one after another inside a transaction,
 * whose single connection cannot take overlapping queries (pg deprecates it and pg 9 refuses).
 */
export async function runQueries<T extends unknown[]>(
  manager: EntityManager,
  ...queries: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(queries.map((query) => query()))) as T;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as T;
}
