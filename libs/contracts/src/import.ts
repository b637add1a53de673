/** What can be wrong in an uploaded assignments file; the web has a sentence per code (nl, en). */
export type ImportProblemCode =
  | 'missing_sheet'
  | 'missing_header'
  | 'missing_value'
  | 'duplicate_code'
  | 'not_an_amount'
  | 'too_many_decimals'
  | 'amount_too_large'
  | 'negative_amount'
  | 'not_a_date'
  | 'not_a_year'
  | 'not_a_number'
  | 'not_allowed'
  | 'unknown_theme'
  | 'unknown_person'
  | 'ambiguous_person'
  | 'unknown_municipality'
  | 'unknown_assignment_code'
  | 'formula'
  | 'unknown_kind'
  | 'invalid_value';
export const IMPORT_PROBLEM_CODES: readonly ImportProblemCode[] = [
  'missing_sheet',
  'missing_header',
  'missing_value',
  'duplicate_code',
  'not_an_amount',
  'too_many_decimals',
  'amount_too_large',
  'negative_amount',
  'not_a_date',
  'not_a_year',
  'not_a_number',
  'not_allowed',
  'unknown_theme',
  'unknown_person',
  'ambiguous_person',
  'unknown_municipality',
  'unknown_assignment_code',
  'formula',
  'unknown_kind',
  'invalid_value',
];

/** One problem of an uploaded file: where it is and what is wrong, in Dutch and as a code. */
export interface ImportProblem {
  /** The sheet (XLSX) or kind of row (CSV `Soort`): Opdrachten, Begroting or Capaciteit. */
  sheet: string;
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The column header, e.g. `Bedrag`. */
  column: string;
  code: ImportProblemCode;
  /** The values the sentence names, e.g. `{ value: 'twaalf' }`, for a sentence in another language. */
  params: Record<string, string | number>;
  /** One Dutch sentence. */
  message: string;
}

/** An assignment the file would create or update. */
export interface ImportRow {
  /** The row of the assignment on the Opdrachten sheet. */
  row: number;
  code: string;
  title: string;
  themeTitle: string;
  budgetLineCount: number;
  budgetTotalCents: number;
  capacityLineCount: number;
}

/** The answer to an upload: what it would do (dry run) or did (stored), and every problem. */
export interface ImportResult {
  /** True: nothing was stored, this is a preview. */
  dryRun: boolean;
  /** True only after a confirmed import without problems stored everything. */
  stored: boolean;
  format: 'xlsx' | 'csv';
  creates: ImportRow[];
  updates: ImportRow[];
  problems: ImportProblem[];
}
