/** The part of pg's Pool or Client the generator needs. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** A column and its PostgreSQL type; array, json and numeric values travel as text and are cast. */
export type Column = readonly [name: string, type: string];

const PASS_AS_TEXT = /\[\]$|^jsonb$|^numeric/;
const CHUNK = 5_000;

/**
 * Inserts many rows in few statements: one parameter per column (an array of its values),
 * unnested by PostgreSQL — no limit on rows per statement, no per-row round trips.
 */
export async function insertRows(
  db: Queryable,
  table: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
): Promise<number> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params = columns.map(([, type], c) =>
      chunk.map((row) => {
        const value = row[c];
        if (value === null || value === undefined) return null;
        if (type === 'jsonb') return JSON.stringify(value);
        if (type.endsWith('[]')) return arrayLiteral(value as unknown[]);
        return PASS_AS_TEXT.test(type) && typeof value === 'number' ? value.toString() : value;
      }),
    );
    const unnest = columns
      .map(([, type], c) => `$${c + 1}::${PASS_AS_TEXT.test(type) ? 'text' : type}[]`)
      .join(', ');
    const select = columns
      .map(([name, type]) => (PASS_AS_TEXT.test(type) ? `"${name}"::${type}` : `"${name}"`))
      .join(', ');
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    await db.query(
      `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${names})`,
      params,
    );
  }
  return rows.length;
}

/** A PostgreSQL array literal of strings (uuids, dates): `{"a","b"}`. */
function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => `"${String(v).replace(/["\\]/g, (m) => `\\${m}`)}"`).join(',')}}`;
}
