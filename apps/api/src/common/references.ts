import { EntityManager } from 'typeorm';

/** Dutch words (one, many) for the tables that can refer to reference data. */
const LABELS: Record<string, [string, string]> = {
  municipalities: ['gemeente', 'gemeenten'],
  organisations: ['organisatie', 'organisaties'],
  people: ['persoon', 'personen'],
  themes: ['thema', "thema's"],
  programmes: ['programma', "programma's"],
  assignments: ['opdracht', 'opdrachten'],
  assignment_participants: ['deelname aan een opdracht', 'deelnames aan opdrachten'],
  assignment_external_programmes: ['koppeling met een opdracht', 'koppelingen met opdrachten'],
  assignment_budget_lines: ['begrotingsregel', 'begrotingsregels'],
  assignment_budget_line_payers: [
    'betaling van een extra bijdrage',
    'betalingen van extra bijdragen',
  ],
  assignment_capacity_lines: ['capaciteitsregel', 'capaciteitsregels'],
  assignment_kpis: ['KPI', "KPI's"],
  assignment_links: ['koppeling tussen opdrachten', 'koppelingen tussen opdrachten'],
  steering_group_members: ['stuurgroeplidmaatschap', 'stuurgroeplidmaatschappen'],
  steering_group_commitments: ['stuurgroeptoezegging', 'stuurgroeptoezeggingen'],
};

/**
 * Tables whose rows only follow another row (the population history follows its municipality,
 * which cascades): they never stand in the way of a delete on their own.
 */
const FOLLOWING_TABLES = new Set(['municipality_populations']);

export interface Reference {
  table: string;
  count: number;
}

/** The Dutch name of a referring table, e.g. "personen"; unknown tables keep their name. */
export function tableLabel(table: string, count: number): string {
  const label = LABELS[table];
  return label ? label[count === 1 ? 0 : 1] : table;
}

/** "2 personen en 1 deelname aan een opdracht". */
export function describeReferences(references: Reference[]): string {
  const parts = references.map((r) => `${r.count} ${tableLabel(r.table, r.count)}`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

const QUOTE = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Counts the rows that refer to one row of `table`, over every single-column foreign key that
 * exists right now: tables that later migrations add (programmes, assignments, ...) are found
 * without this code knowing them. The foreign keys themselves stay the backstop.
 */
export async function findReferences(
  manager: EntityManager,
  table: string,
  id: string,
  options: { ignoreTables?: string[] } = {},
): Promise<Reference[]> {
  const keys: { table_name: string; column_name: string }[] = await manager.query(
    `SELECT child.relname AS table_name, a.attname AS column_name
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = to_regclass($1) AND cardinality(c.conkey) = 1
      ORDER BY child.relname, a.attname`,
    [`public.${table}`],
  );
  const references: Reference[] = [];
  for (const key of keys) {
    if (options.ignoreTables?.includes(key.table_name)) continue;
    if (FOLLOWING_TABLES.has(key.table_name)) continue;
    const [row]: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM ${QUOTE(key.table_name)} WHERE ${QUOTE(key.column_name)} = $1`,
      [id],
    );
    const count = Number(row.count);
    if (count > 0) references.push({ table: key.table_name, count });
  }
  return references;
}
