import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { neutraliseFormula, SheetColumn } from './programme-sheet-columns';
import { Cell, TableData } from './programme-tables';

/** `comma`: `,` and a decimal point; `semicolon`: `;` and a decimal comma, as Dutch Excel reads. */
export type CsvSeparator = 'comma' | 'semicolon';
export const CSV_SEPARATORS: readonly CsvSeparator[] = ['comma', 'semicolon'];

/** Euros with two decimals from integer cents, exact (no floating point on the way). */
export function centsToDecimal(cents: number, decimalMark: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${decimalMark}${String(abs % 100).padStart(2, '0')}`;
}

function csvValue(cell: Cell, column: SheetColumn, decimalMark: string): string {
  if (cell === null) return '';
  switch (column.kind) {
    case 'money':
      return centsToDecimal(cell as number, decimalMark);
    case 'number':
      return String(cell).replace('.', decimalMark);
    case 'text':
      return neutraliseFormula(String(cell));
    default:
      return String(cell);
  }
}

function* records(table: TableData, decimalMark: string): Generator<string[]> {
  yield table.columns.map((c) => c.header);
  if (table.note) yield [neutraliseFormula(table.note)];
  for (const row of table.rows) {
    yield row.map((cell, i) => csvValue(cell, table.columns[i], decimalMark));
  }
}

/** Streams one table as CSV: UTF-8 with a byte order mark, CRLF line ends, quoted where needed. */
export async function writeCsv(
  table: TableData,
  separator: CsvSeparator,
  stream: Writable,
): Promise<void> {
  const semicolon = separator === 'semicolon';
  await pipeline(
    Readable.from(records(table, semicolon ? ',' : '.')),
    stringify({ bom: true, delimiter: semicolon ? ';' : ',', record_delimiter: '\r\n' }),
    stream,
  );
}
