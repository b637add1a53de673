import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity from the JSON PostgreSQL made of its row (`to_jsonb(t)`), converted column by column
 * as TypeORM would hydrate it: timestamps become Dates, transformers run. Lets a write read a row
 * and everything it owns in one statement, or take the row its UPDATE returned, instead of
 * asking again (issue 14 §4). JSON keeps no bigint beyond 2^53: the bigint transformer refuses it.
 */
export function entityFromJson<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  json: Record<string, unknown>,
): E {
  const entity: Record<string, unknown> = {};
  for (const column of manager.connection.getMetadata(target).columns) {
    const raw = json[column.databaseName];
    const transformer = Array.isArray(column.transformer) ? undefined : column.transformer;
    entity[column.propertyName] =
      raw === null || raw === undefined
        ? (raw ?? null)
        : column.type === 'timestamptz' || column.type === 'timestamp'
          ? new Date(raw as string)
          : transformer
            ? (transformer.from(raw) as unknown)
            : raw;
  }
  return entity as E;
}

/** `(SELECT json array of the rows of table t WHERE condition ORDER BY order)`, never null. */
export const jsonRows = (table: string, where: string, orderBy: string) =>
  `(SELECT coalesce(jsonb_agg(to_jsonb(t) ORDER BY ${orderBy}), '[]'::jsonb) FROM ${table} t WHERE ${where})`;
