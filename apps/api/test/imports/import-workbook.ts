import ExcelJS from 'exceljs';

export type Rows = (string | number | Date | null | { formula: string; result?: unknown })[][];

/** A workbook with the given sheets, each a header row and data rows, as an upload buffer. */
export async function workbook(sheets: Record<string, Rows>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const ASSIGNMENT_HEADER = [
  'Code',
  'Thema',
  'Titel',
  'Doel',
  'Resultaten',
  'Portefeuillehouder',
  'Status',
  'Deelname',
  'Deelnemende gemeenten',
  'Mandaat plafond',
  'Mandaat vanaf',
  'Mandaat tot',
];
export const BUDGET_HEADER = ['Code', 'Bron', 'Naam bron', 'Jaar', 'Bedrag', 'Betalende gemeenten'];
export const CAPACITY_HEADER = ['Code', 'Leverancier', 'Jaar', 'FTE', 'Uren'];
