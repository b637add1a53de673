/**
 * The CBS StatLine table "bevolking op 1 januari per gemeente" as StatLine exports it to CSV:
 * semicolon- (or comma-) separated, quoted, often with a title line above the header and a
 * "Bron: CBS" line below the data. The header names a region column ("Regio's", or "RegioS" in
 * the open-data export), usually a period column ("Perioden": "2025", "2025*" when provisional,
 * or "2025JJ00") and a population column ("Bevolking op 1 januari (aantal)", "Bevolking aan het
 * begin van de periode (aantal)", "Totale bevolking (aantal)"). A row names a municipality by
 * name ("Zwolle", "Bergen (NH.)") and/or CBS code ("GM0193").
 */

/** One data row of the table, as read: nothing matched to a region yet. */
export interface StatLineRow {
  /** The line number in the file (the first line is 1). */
  line: number;
  /** The municipality as the file names it (name, or code when there is no name). */
  label: string;
  /** The CBS municipality code (GM + 4 digits), when the row has one. */
  cbsCode: string | null;
  /** 1 January of the period's year (ISO); null when the file has no period column. */
  referenceDate: string | null;
  /** Inhabitants; null when the cell is empty or CBS's "." (not known). */
  population: number | null;
  /** The cell's text when it is no whole number of inhabitants. */
  unreadableValue?: string;
}

export type StatLineReadResult =
  { ok: true; rows: StatLineRow[] } | { ok: false; reason: 'no_header' | 'no_rows' };

const REGION_HEADER = /^regio/;
const PERIOD_HEADER = /^perioden?$/;
const POPULATION_HEADER = /(bevolking|inwoners)/;
const CBS_CODE = /^GM\d{4}$/;

/** Splits CSV text into records: quoted fields ("" is a quote), CRLF or LF, one delimiter. */
export function splitCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  // A last line of only "" is a record with one empty field, not the absence of a line.
  let lineStarted = false;
  let i = 0;
  const body = text.replace(/^\uFEFF/, '');
  while (i < body.length) {
    const c = body[i];
    lineStarted = quoted || (c !== '\n' && c !== '\r');
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (c === '\r' && body[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0 || lineStarted) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const normaliseHeader = (h: string) =>
  h
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .trim();

/** The delimiter the file uses most outside quotes on its first lines: ';', ',' or tab. */
function delimiterOf(text: string): string {
  const head = text.slice(0, 4000).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, head.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** "25800", "25 800", "25.800" into 25800; null for "", "." or "-"; undefined when unreadable. */
export function parseInhabitants(cell: string): number | null | undefined {
  const s = cell.trim().replace(/[\s\u00a0]/g, '');
  if (s === '' || s === '.' || s === '-' || s === '×') return null;
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(s)) return undefined;
  const n = Number(s.replace(/\./g, ''));
  return Number.isSafeInteger(n) && n <= 2_000_000_000 ? n : undefined;
}

/** "2025", "2025*", "2025JJ00", "1 januari 2025" into "2025-01-01"; null when no year is found. */
export function periodReferenceDate(cell: string): string | null {
  const year = /(?:^|\D)(1[89]\d\d|2[01]\d\d)(?:\D|$)/.exec(cell.trim());
  return year ? `${year[1]}-01-01` : null;
}

/** Reads a StatLine CSV export into rows; which municipality a row is, is `matchStatLineRows`. */
export function readStatLineCsv(text: string): StatLineReadResult {
  const records = splitCsv(text, delimiterOf(text));
  const headerIndex = records.findIndex(
    (r) =>
      r.some((h) => REGION_HEADER.test(normaliseHeader(h))) &&
      r.some((h) => POPULATION_HEADER.test(normaliseHeader(h))),
  );
  if (headerIndex < 0) return { ok: false, reason: 'no_header' };
  const headers = records[headerIndex].map(normaliseHeader);
  const regionColumn = headers.findIndex((h) => REGION_HEADER.test(h));
  const periodColumn = headers.findIndex((h) => PERIOD_HEADER.test(h));
  const populationColumn = headers.findIndex((h) => POPULATION_HEADER.test(h));
  const rows: StatLineRow[] = [];
  records.slice(headerIndex + 1).forEach((record, index) => {
    const line = headerIndex + index + 2;
    const cells = record.map((c) => c.trim());
    const region = cells[regionColumn] ?? '';
    // Blank lines and the footer ("Bron: CBS") name no region and carry no figure.
    if (region === '' || /^bron\b/i.test(region) || cells.length <= populationColumn) return;
    const code = cells.find((c) => CBS_CODE.test(c.toUpperCase()))?.toUpperCase() ?? null;
    const value = parseInhabitants(cells[populationColumn] ?? '');
    rows.push({
      line,
      label: region,
      cbsCode: code,
      referenceDate: periodColumn < 0 ? null : periodReferenceDate(cells[periodColumn] ?? ''),
      population: value ?? null,
      ...(value === undefined ? { unreadableValue: cells[populationColumn] } : {}),
    });
  });
  return rows.length === 0 ? { ok: false, reason: 'no_rows' } : { ok: true, rows };
}

export interface MunicipalityToMatch {
  id: string;
  name: string;
  cbsCode: string;
}

export type UnmatchedReason = 'unknown_municipality' | 'no_value' | 'no_date' | 'duplicate';

export interface StatLineMatch<M extends MunicipalityToMatch> {
  matched: { row: StatLineRow & { referenceDate: string; population: number }; municipality: M }[];
  unmatched: { row: StatLineRow; reason: UnmatchedReason }[];
  /** Municipalities of the region the file has no figure for. */
  missing: M[];
}

/** A name as CBS and a region may both write it: no accents, case, "(NH.)" or "gemeente". */
export const normaliseMunicipalityName = (name: string) =>
  normaliseHeader(name)
    .replace(/\([^)]*\)/g, '')
    .replace(/^gemeente\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Which municipality of the region each row is: by CBS code when the row has one, else by name
 * (without accents, case or a "(NH.)"-style suffix). A second figure for the same date, a row of another region's municipality, without
 * a figure, or without a date (no period column and no `fallbackDate`) is unmatched with why.
 */
export function matchStatLineRows<M extends MunicipalityToMatch>(
  rows: readonly StatLineRow[],
  municipalities: readonly M[],
  fallbackDate: string | null,
): StatLineMatch<M> {
  const byCode = new Map(municipalities.map((m) => [m.cbsCode.toUpperCase(), m]));
  const byName = new Map(municipalities.map((m) => [normaliseMunicipalityName(m.name), m]));
  const result: StatLineMatch<M> = { matched: [], unmatched: [], missing: [] };
  const seen = new Set<string>();
  for (const row of rows) {
    const municipality = row.cbsCode
      ? byCode.get(row.cbsCode)
      : byName.get(normaliseMunicipalityName(row.label));
    const referenceDate = row.referenceDate ?? fallbackDate;
    if (!municipality) result.unmatched.push({ row, reason: 'unknown_municipality' });
    else if (row.population === null) result.unmatched.push({ row, reason: 'no_value' });
    else if (!referenceDate) result.unmatched.push({ row, reason: 'no_date' });
    else if (seen.has(`${municipality.id}@${referenceDate}`)) {
      result.unmatched.push({ row, reason: 'duplicate' });
    } else {
      seen.add(municipality.id);
      seen.add(`${municipality.id}@${referenceDate}`);
      result.matched.push({
        row: { ...row, referenceDate, population: row.population },
        municipality,
      });
    }
  }
  result.missing = municipalities.filter((m) => !seen.has(m.id));
  return result;
}
