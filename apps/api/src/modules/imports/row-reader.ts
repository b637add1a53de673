import type { ImportProblem, ImportProblemCode } from '@koers/contracts';
import { parseAmountCents, parseCalendarDate, parseHundredths } from '@koers/domain';
import { restoreNeutralised } from '../exports/programme-sheet-columns';
import { choiceOf, ImportColumn, normaliseHeader, splitList } from './import-columns';
import { problem } from './import-problems';
import { Cell, cellText, isFormula, RawRow, RawTable } from './read-upload';

/** Where each column of a table is (-1: not in the file); a missing required one is a problem. */
export function locateColumns<K extends string>(
  table: RawTable,
  columns: Record<K, ImportColumn>,
  problems: ImportProblem[],
): Record<K, number> {
  const positions = new Map<string, number>();
  table.headers.forEach((header, i) => {
    const name = normaliseHeader(header ?? '');
    if (name && !positions.has(name)) positions.set(name, i);
  });
  const index = {} as Record<K, number>;
  for (const key of Object.keys(columns) as K[]) {
    const column = columns[key];
    const names = [column.header, ...(column.aliases ?? [])].map(normaliseHeader);
    index[key] = names.map((n) => positions.get(n)).find((i) => i !== undefined) ?? -1;
    if (index[key] < 0 && column.required) {
      problems.push(
        problem(table.sheet, 1, column.header, 'missing_header', { header: column.header }),
      );
    }
  }
  return index;
}

/**
 * Reads the cells of one row by column, each value parsed or its problem recorded (with the
 * row and the column's header). A method answers undefined when the column is not in the file
 * or the cell could not be read; `has` tells the two apart.
 */
export class RowReader<K extends string> {
  constructor(
    private readonly table: RawTable,
    private readonly columns: Record<K, ImportColumn>,
    private readonly index: Record<K, number>,
    readonly raw: RawRow,
    private readonly problems: ImportProblem[],
  ) {}

  get row(): number {
    return this.raw.row;
  }

  has(key: K): boolean {
    return this.index[key] >= 0;
  }

  /** A problem in this row, named by the column's header as the file has it. */
  report(key: K, code: ImportProblemCode, params: Record<string, string | number> = {}): void {
    const header = this.table.headers[this.index[key]]?.trim() || this.columns[key].header;
    this.problems.push(problem(this.table.sheet, this.row, header, code, params));
  }

  /** The cell, or undefined when the column is absent or it holds a formula (a problem). */
  cell(key: K): Cell | undefined {
    if (!this.has(key)) return undefined;
    const cell = this.raw.cells[this.index[key]] ?? null;
    if (isFormula(cell)) {
      this.report(key, 'formula', { formula: cell.formula });
      return undefined;
    }
    return typeof cell === 'string' && cell.trim() === '' ? null : cell;
  }

  /** Text as typed; a text the export neutralised against formula injection (`'=…`) restored. */
  text(key: K, required = false): string | undefined {
    const cell = this.cell(key);
    if (cell === undefined) return undefined;
    const text = restoreNeutralised(cellText(cell));
    if (required && text === '') this.report(key, 'missing_value');
    return text;
  }

  list(key: K): string[] | undefined {
    const text = this.text(key);
    return text === undefined ? undefined : splitList(text);
  }

  /** Whole cents; null for an empty cell that is not required. */
  amount(key: K, required = false): number | null | undefined {
    const cell = this.cell(key);
    if (cell === undefined) return undefined;
    if (cell === null) {
      if (required) this.report(key, 'missing_value');
      return required ? undefined : null;
    }
    const value = typeof cell === 'number' ? cell : cellText(cell);
    const parsed = parseAmountCents(value);
    const params = { value: String(value) };
    if (!parsed.ok) {
      const code = parsed.reason === 'too_large' ? 'amount_too_large' : parsed.reason;
      this.report(key, code, params);
      return undefined;
    }
    if (parsed.cents < 0) {
      this.report(key, 'negative_amount', params);
      return undefined;
    }
    return parsed.cents;
  }

  date(key: K): string | null | undefined {
    const cell = this.cell(key);
    if (cell === undefined || cell === null) return cell;
    const iso =
      cell instanceof Date
        ? parseCalendarDate(cell)
        : typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466
          ? // A date cell without a date format arrives as its serial number (days since 1899-12-30).
            parseCalendarDate(new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000))
          : parseCalendarDate(cellText(cell));
    if (iso === null) this.report(key, 'not_a_date', { value: cellText(cell) });
    return iso ?? undefined;
  }

  year(key: K): number | undefined {
    const text = this.text(key, true);
    if (!text) return undefined;
    if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100) {
      this.report(key, 'not_a_year', { value: text });
      return undefined;
    }
    return Number(text);
  }

  /** An integer (priority, hours); null for an empty cell. */
  integer(key: K, min: number, max: number): number | null | undefined {
    const text = this.text(key);
    if (text === undefined || text === '') return text === '' ? null : undefined;
    const n = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
    if (!(n >= min && n <= max)) {
      this.report(key, 'not_a_number', { value: text });
      return undefined;
    }
    return n;
  }

  /** FTE with two decimals at most; null for an empty cell. */
  hundredths(key: K): number | null | undefined {
    const cell = this.cell(key);
    if (cell === undefined || cell === null) return cell;
    const hundredths = parseHundredths(typeof cell === 'number' ? cell : cellText(cell));
    if (hundredths === null || hundredths < 0 || hundredths > 999_999) {
      this.report(key, 'not_a_number', { value: cellText(cell) });
      return undefined;
    }
    return hundredths / 100;
  }

  choice<T extends string>(
    key: K,
    labels: Partial<Record<T, string>>,
    required = false,
  ): T | undefined {
    const text = this.text(key, required);
    if (!text) return undefined;
    const code = choiceOf(labels, text);
    if (!code) {
      const allowed = Object.values(labels).join(', ');
      this.report(key, 'not_allowed', { value: text, allowed: String(allowed) });
    }
    return code;
  }
}
