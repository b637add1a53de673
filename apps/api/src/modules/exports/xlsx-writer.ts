import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { ProgrammeExportData } from './programme-export-data';
import {
  COVER_SHEET,
  EXPORT_TABLE_NAMES,
  EXPORT_TABLES,
  neutraliseFormula,
  PROGRAMME_STATUS_LABELS,
  SheetColumn,
} from './programme-sheet-columns';
import { buildTable, Cell, TableData } from './programme-tables';

/** Euros with two decimals; negative amounts with a minus sign. */
export const EURO_FORMAT = '"€" #,##0.00;-"€" #,##0.00';
export const DATE_FORMAT = 'dd-mm-yyyy';
const PLAIN_INTEGER_KEYS = new Set(['year', 'number', 'priority']);

function numberFormat(column: SheetColumn): string | undefined {
  switch (column.kind) {
    case 'money':
      return EURO_FORMAT;
    case 'date':
      return DATE_FORMAT;
    case 'number':
      return '#,##0.00##';
    case 'integer':
      return PLAIN_INTEGER_KEYS.has(column.key) ? '0' : '#,##0';
    default:
      return undefined;
  }
}

/** A cell value as ExcelJS writes it: euros from cents, dates as dates, texts made inert. */
function excelValue(cell: Cell, column: SheetColumn): ExcelJS.CellValue {
  if (cell === null || cell === '') return null;
  switch (column.kind) {
    case 'money':
      return (cell as number) / 100;
    case 'date':
      return new Date(`${cell as string}T00:00:00Z`);
    case 'text':
      return neutraliseFormula(String(cell));
    default:
      return cell;
  }
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function addCoverSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, data: ProgrammeExportData) {
  const sheet = workbook.addWorksheet(COVER_SHEET);
  sheet.columns = [{ width: 28 }, { width: 60 }];
  const { programme } = data;
  const rows: [string, ExcelJS.CellValue, string?][] = [
    ['Programma', neutraliseFormula(programme.title)],
    ['Regio', neutraliseFormula(data.regionName)],
    ['Jaar', programme.year, '0'],
    ['Status', PROGRAMME_STATUS_LABELS[programme.status]],
    ['Versie', programme.version, '0'],
    ['Vastgelegde versies', programme.versionCount, '0'],
    [
      'Peildatum inwonertallen',
      data.contributions
        ? new Date(`${data.contributions.populationReferenceDate}T00:00:00Z`)
        : (programme.populationReferenceDate ?? ''),
      DATE_FORMAT,
    ],
    ['Aantal opdrachten', programme.totals.assignmentCount, '0'],
    ['Begroting totaal', programme.totals.budgetTotalCents / 100, EURO_FORMAT],
    [
      'Bijdragen gemeenten',
      data.contributions ? data.contributions.totalCents / 100 : '',
      EURO_FORMAT,
    ],
    ['Geëxporteerd op', data.exportedAt, 'dd-mm-yyyy hh:mm'],
  ];
  const title = sheet.addRow([programme.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([]).commit();
  for (const [label, value, format] of rows) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (format) row.getCell(2).numFmt = format;
    row.getCell(2).alignment = { horizontal: 'left' };
    row.commit();
  }
  sheet.commit();
}

/**
 * One style object per column (and per bold variant), shared by all its cells: ExcelJS keeps a
 * style's id by object identity, so shared objects cost one lookup instead of hashing a fresh
 * style per cell — three times faster on a 500-assignment programme.
 */
function sharedStyles(columns: readonly SheetColumn[]) {
  const plain = columns.map((c): Partial<ExcelJS.Style> => {
    const numFmt = numberFormat(c);
    return numFmt ? { numFmt } : {};
  });
  const bold = plain.map((style): Partial<ExcelJS.Style> => ({ ...style, font: { bold: true } }));
  return { plain, bold };
}

function addStyledRow(
  sheet: ExcelJS.Worksheet,
  values: ExcelJS.CellValue[],
  styles: Partial<ExcelJS.Style>[],
) {
  const row = sheet.addRow(values);
  for (let i = 0; i < styles.length; i++) row.getCell(i + 1).style = styles[i];
  row.commit();
}

function addTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: TableData) {
  const sums = table.sums;
  const sheet = workbook.addWorksheet(EXPORT_TABLES[table.name].sheet, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: sums ? 1 : 0 }],
  });
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: c.width }));
  const styles = sharedStyles(table.columns);
  const headerStyle = table.columns.map(() => ({ font: { bold: true } }));
  addStyledRow(
    sheet,
    table.columns.map((c) => c.header),
    headerStyle,
  );
  if (table.note) sheet.addRow([table.note]).commit();
  const last = table.rows.length - 1;
  table.rows.forEach((cells, r) => {
    const values = cells.map((cell, i) => excelValue(cell, table.columns[i]));
    const rowNumber = r + 2;
    if (sums) {
      const from = columnLetter(sums.firstColumn);
      const to = columnLetter(sums.lastColumn);
      const totalIndex = sums.lastColumn + 1;
      if (r < last) {
        values[totalIndex] = {
          formula: `SUM(${from}${rowNumber}:${to}${rowNumber})`,
          result: sums.rowTotalsCents[r] / 100,
        };
      } else {
        for (let i = sums.firstColumn; i <= totalIndex; i++) {
          const letter = columnLetter(i);
          const cents =
            i === totalIndex ? sums.grandTotalCents : sums.columnTotalsCents[i - sums.firstColumn];
          values[i] = { formula: `SUM(${letter}2:${letter}${rowNumber - 1})`, result: cents / 100 };
        }
      }
    }
    addStyledRow(sheet, values, sums && r === last ? styles.bold : styles.plain);
  });
  sheet.commit();
}

/** Streams the programme's workbook: the cover sheet, then a sheet per table. */
export async function writeProgrammeWorkbook(
  data: ProgrammeExportData,
  stream: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Koers';
  workbook.created = data.exportedAt;
  workbook.title = data.programme.title;
  addCoverSheet(workbook, data);
  for (const name of EXPORT_TABLE_NAMES) addTableSheet(workbook, buildTable(name, data));
  await workbook.commit();
}
