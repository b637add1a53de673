/**
 * Date and time columns as the API answers them, formatted in SQL: a `date` as `YYYY-MM-DD`
 * whatever the server's DateStyle, a `timestamptz` as `Date.prototype.toISOString()` writes it.
 * For reads that build JSON in PostgreSQL or bypass TypeORM's hydration.
 */
export const sqlIsoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

export const sqlIsoTimestamp = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
