import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  CSV_KIND_HEADER,
  FUNDING_SOURCE_LABELS,
  ImportColumn,
  PARTICIPATION_LABELS,
  PAYER_SPLIT_LABELS,
  SheetKey,
  SHEETS,
  STATUS_LABELS,
} from './import-columns';

/** The region's names the template lists, so a person types names Koers knows. */
export interface TemplateLists {
  themes: string[];
  people: string[];
  municipalities: string[];
}

const HELP: Record<SheetKey, string> = {
  assignments:
    'Eén rij per opdracht. Een bestaande code in dit programma wordt bijgewerkt, een nieuwe code toegevoegd. Meerdere resultaten of gemeenten scheid je met een puntkomma.',
  budget:
    'Eén rij per begrotingsregel (bron en jaar) van een opdracht op het blad Opdrachten. Bedragen als € 1.234,56 of 1234.56. Staat dit blad in het bestand, dan vervangen deze regels alle begrotingsregels van die opdrachten.',
  capacity:
    'Eén rij per capaciteitsregel: fte of uren (één van beide). Staat dit blad in het bestand, dan vervangen deze regels alle capaciteitsregels van die opdrachten.',
};

/** The XLSX template: the three sheets with their headers, and a sheet of allowed values. */
export async function templateWorkbook(lists: TemplateLists): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koers';
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const sheet = workbook.addWorksheet(SHEETS[key].name, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = Object.values<ImportColumn>(SHEETS[key].columns).map((column) => ({
      header: column.header,
      width: Math.max(14, column.header.length + 4),
    }));
    sheet.getRow(1).font = { bold: true };
  }
  const help = workbook.addWorksheet('Toelichting');
  help.columns = [{ width: 28 }, { width: 100 }];
  help.addRow(['Blad', 'Uitleg']).font = { bold: true };
  for (const key of Object.keys(SHEETS) as SheetKey[]) help.addRow([SHEETS[key].name, HELP[key]]);
  help.addRow([]);
  const listRow = (name: string, values: string[]) => help.addRow([name, values.join('; ')]);
  listRow(
    'Verplichte kolommen',
    Object.values(SHEETS).flatMap((s) =>
      Object.values<ImportColumn>(s.columns)
        .filter((c) => c.required)
        .map((c) => `${s.name}: ${c.header}`),
    ),
  );
  listRow('Status', Object.values(STATUS_LABELS));
  listRow('Deelname', Object.values(PARTICIPATION_LABELS));
  listRow('Bron', Object.values(FUNDING_SOURCE_LABELS));
  listRow('Verdeling', Object.values(PAYER_SPLIT_LABELS));
  listRow('Thema', lists.themes);
  listRow('Personen', lists.people);
  listRow('Gemeenten', lists.municipalities);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The CSV columns: `Soort`, then the columns of the three sheets, each header once; one `Code`
 * column serves all rows (the lines read `Code` as their assignment's code).
 */
export function csvTemplateHeaders(): string[] {
  const headers = [CSV_KIND_HEADER, SHEETS.assignments.columns.code.header];
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    for (const [column, def] of Object.entries<ImportColumn>(SHEETS[key].columns)) {
      if (column !== 'code' && !headers.includes(def.header)) headers.push(def.header);
    }
  }
  return headers;
}

/** The CSV template: UTF-8 with BOM, semicolons (Dutch Excel), the header row only. */
export function templateCsv(): Buffer {
  return Buffer.from(stringify([csvTemplateHeaders()], { delimiter: ';', bom: true }), 'utf8');
}
