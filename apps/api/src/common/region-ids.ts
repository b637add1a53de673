import type { FieldError } from '@koers/contracts';
import { EntityManager } from 'typeorm';
import { ValidationFailedError } from './koers-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The tables a request may point into, and how to say that an id is not there. */
const TABLES = {
  themes: 'is geen thema van deze regio',
  people: 'is geen persoon van deze regio',
  organisations: 'is geen organisatie van deze regio',
  municipalities: 'is geen gemeente van deze regio',
  assignments: 'is geen opdracht van deze regio',
  external_programmes: 'is geen bekend extern programma',
} as const;

/** Shared by all regions, so not filtered by region. */
const SHARED_TABLES = new Set<ReferencedTable>(['external_programmes']);

export type ReferencedTable = keyof typeof TABLES;

export interface IdReference {
  /** Dotted path of the field in the request, e.g. `participantIds.0`. */
  field: string;
  table: ReferencedTable;
  id: string | null | undefined;
}

/**
 * Checks that every referenced id exists in the region (one query per table) and throws a 400
 * that names each field whose id does not.
 */
export async function assertIdsInRegion(
  manager: EntityManager,
  regionId: string,
  references: IdReference[],
): Promise<void> {
  const errors: FieldError[] = references
    .filter((r) => !!r.id && !UUID.test(r.id))
    .map((r) => ({ field: r.field, message: 'moet een geldige id (uuid) zijn' }));
  const wanted = references.filter(
    (r): r is IdReference & { id: string } => !!r.id && UUID.test(r.id),
  );
  for (const table of Object.keys(TABLES) as ReferencedTable[]) {
    const ids = [...new Set(wanted.filter((r) => r.table === table).map((r) => r.id))];
    if (ids.length === 0) continue;
    const rows: { id: string }[] = SHARED_TABLES.has(table)
      ? await manager.query(`SELECT id FROM "${table}" WHERE id = ANY($1::uuid[])`, [ids])
      : await manager.query(
          `SELECT id FROM "${table}" WHERE id = ANY($1::uuid[]) AND region_id = $2`,
          [ids, regionId],
        );
    const found = new Set(rows.map((row) => row.id));
    for (const ref of wanted) {
      if (ref.table === table && !found.has(ref.id.toLowerCase())) {
        errors.push({ field: ref.field, message: TABLES[table] });
      }
    }
  }
  if (errors.length > 0) {
    const order = new Map(references.map((r, i) => [r.field, i]));
    errors.sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
    throw new ValidationFailedError(errors);
  }
}

/** `[{field: 'participantIds.0', ...}, ...]` for a list of ids. */
export function eachId(field: string, table: ReferencedTable, ids: string[] = []): IdReference[] {
  return ids.map((id, index) => ({ field: `${field}.${index}`, table, id }));
}
