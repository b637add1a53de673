import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ImportProblem } from '@koers/contracts';
import { importFileNotSupported, importTooManyRows, MAX_IMPORT_ROWS } from './import.errors';
import { CSV_KIND_HEADER, ImportColumn, normaliseHeader, SheetKey, SHEETS } from './import-columns';
import { problem } from './import-problems';

/** A formula cell: its formula is never evaluated and its cached result never used. */
export interface FormulaCell {
  formula: string;
}
export type Cell = string | number | boolean | Date | null | FormulaCell;

export interface RawRow {
  /** The row number as the spreadsheet shows it (header = 1). */
  row: number;
  cells: Cell[];
}

export interface RawTable {
  /** How the problems name the table: the sheet name, or the CSV `Soort`. */
  sheet: string;
  headers: string[];
  rows: RawRow[];
}

export interface RawUpload {
  format: 'xlsx' | 'csv';
  tables: Partial<Record<SheetKey, RawTable>>;
  problems: ImportProblem[];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Reads an uploaded file by its content, not its name: a ZIP container (PK\x03\x04) must be an
 * XLSX workbook, anything else must be UTF-8 text without NUL bytes to be read as CSV.
 */
export async function readUpload(buffer: Buffer): Promise<RawUpload> {
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC)) return readWorkbook(buffer);
  if (buffer.length === 0) throw importFileNotSupported('het bestand is leeg');
  if (buffer.includes(0) || !isUtf8(buffer)) {
    throw importFileNotSupported('het is geen werkmap en geen tekst in UTF-8');
  }
  return readCsv(buffer.toString('utf8'));
}

function sheetKeyOf(name: string): SheetKey | undefined {
  const wanted = normaliseHeader(name);
  return (Object.keys(SHEETS) as SheetKey[]).find((key) =>
    [SHEETS[key].name, ...SHEETS[key].aliases].some((n) => normaliseHeader(n) === wanted),
  );
}

async function readWorkbook(buffer: Buffer): Promise<RawUpload> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Only values are read: exceljs evaluates no formula, runs no macro, follows no link.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw importFileNotSupported('de werkmap kan niet worden gelezen');
  }
  const tables: Partial<Record<SheetKey, RawTable>> = {};
  for (const worksheet of workbook.worksheets) {
    const key = sheetKeyOf(worksheet.name);
    if (!key || tables[key]) continue;
    if (worksheet.actualRowCount > MAX_IMPORT_ROWS + 1) throw importTooManyRows(worksheet.name);
    const headers: string[] = [];
    const rows: RawRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as unknown[];
      if (rowNumber === 1) {
        for (let c = 1; c < values.length; c++) headers[c - 1] = cellText(toCell(values[c]));
        return;
      }
      const cells: Cell[] = [];
      for (let c = 1; c < values.length; c++) cells[c - 1] = toCell(values[c]);
      rows.push({ row: rowNumber, cells });
    });
    tables[key] = { sheet: worksheet.name, headers, rows };
  }
  return { format: 'xlsx', tables, problems: [] };
}

/** An exceljs cell value as a plain value; rich text and hyperlinks become their text. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  if ('formula' in object || 'sharedFormula' in object) {
    return { formula: String(object.formula ?? object.sharedFormula) };
  }
  if (Array.isArray(object.richText)) {
    return (object.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
  }
  if (typeof object.text === 'string') return object.text;
  if ('error' in object) return { formula: String(object.error) };
  return null;
}

export function isFormula(cell: Cell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** The text of a cell (headers, names, codes). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || isFormula(cell)) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/**
 * A CSV in the shape of the template: a `Soort` column says whether a row is an assignment
 * (Opdracht), a budget line (Begroting) or a capacity line (Capaciteit); the other columns are
 * the union of the three sheets. Semicolon or comma, whichever the header line uses most.
 */
function readCsv(text: string): RawUpload {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    const options = {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: 1_000_000,
    };
    // Without `columns` each record is an array of its fields.
    const parsed: unknown = parse(text, options);
    records = parsed as string[][];
  } catch (error) {
    const why = error instanceof Error ? error.message.split('.')[0] : 'onleesbaar';
    throw importFileNotSupported(`de CSV kan niet worden gelezen (${why})`);
  }
  if (records.length > 3 * MAX_IMPORT_ROWS) throw importTooManyRows('CSV');
  const [header = [], ...body] = records;
  const headers = header.map((h) => h.trim());
  const kindIndex = headers.findIndex(
    (h) => normaliseHeader(h) === normaliseHeader(CSV_KIND_HEADER),
  );
  const problems: ImportProblem[] = [];
  const tables: Partial<Record<SheetKey, RawTable>> = {};
  if (kindIndex < 0) {
    // No `Soort`: the assignments table alone, as the export's opdrachten.csv is.
    const rows = body
      .map((cells, index) => ({ row: index + 2, cells }))
      .filter(({ cells }) => cells.some((value) => value.trim() !== ''));
    const assignments = { sheet: SHEETS.assignments.name, headers, rows };
    const required = Object.values<ImportColumn>(SHEETS.assignments.columns).filter(
      (c) => c.required,
    );
    const present = new Set(headers.map(normaliseHeader));
    if (required.every((c) => present.has(normaliseHeader(c.header)))) {
      return { format: 'csv', tables: { assignments }, problems };
    }
    problems.push(
      problem('CSV', 1, CSV_KIND_HEADER, 'missing_header', { header: CSV_KIND_HEADER }),
    );
    return { format: 'csv', tables, problems };
  }
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.every((value) => value.trim() === '')) return;
    const kind = record[kindIndex]?.trim() ?? '';
    const key = sheetKeyOf(kind);
    if (!key) {
      problems.push(problem('CSV', row, CSV_KIND_HEADER, 'unknown_kind', { value: kind }));
      return;
    }
    tables[key] ??= { sheet: SHEETS[key].name, headers, rows: [] };
    tables[key].rows.push({ row, cells: record });
  });
  // A table without rows is part of the file when its columns are: its assignments then have
  // no lines of that kind. Without the columns, their lines stay as they are.
  const present = new Set(headers.map(normaliseHeader));
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const required = Object.values<ImportColumn>(SHEETS[key].columns).filter((c) => c.required);
    if (required.every((c) => present.has(normaliseHeader(c.header)))) {
      tables[key] ??= { sheet: SHEETS[key].name, headers, rows: [] };
    }
  }
  return { format: 'csv', tables, problems };
}
