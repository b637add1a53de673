import type { PayerSplit } from '@koers/contracts';
import {
  ASSIGNMENT_COLUMNS as EXPORTED_ASSIGNMENT_COLUMNS,
  ASSIGNMENT_STATUS_LABELS,
  BUDGET_LINE_COLUMNS,
  CAPACITY_LINE_COLUMNS,
  EXPORT_TABLES,
  FUNDING_SOURCE_LABELS,
  PARTICIPATION_LABELS,
  PAYER_SPLIT_LABELS as EXPORTED_PAYER_SPLIT_LABELS,
  SheetColumn,
} from '../exports/programme-sheet-columns';

/** A column of an import sheet: its header (Dutch) and other headers read as the same column. */
export interface ImportColumn {
  header: string;
  aliases?: string[];
  required?: true;
}

/**
 * The import reads the columns the export writes (programme-sheet-columns.ts, shared with the
 * exports), so an exported workbook imports unchanged; the headers of the first import template
 * are still read as the same columns.
 */
function columns<K extends string>(
  exported: readonly SheetColumn<string>[],
  defs: Record<K, { required?: true; aliases?: string[] }>,
): Record<K, ImportColumn> {
  const out = {} as Record<K, ImportColumn>;
  for (const key of Object.keys(defs) as K[]) {
    const column = exported.find((c) => c.key === key && !c.derived);
    if (!column) throw new Error(`The export has no column ${key}`);
    out[key] = { header: column.header, ...defs[key] };
  }
  return out;
}

export const ASSIGNMENT_COLUMNS = columns(EXPORTED_ASSIGNMENT_COLUMNS, {
  code: { required: true },
  theme: { required: true, aliases: ['Thema'] },
  title: { required: true },
  goal: {},
  results: { aliases: ['Resultaat'] },
  portfolioHolder: { aliases: ['Bestuurlijk opdrachtgever'] },
  lead: { aliases: ['Opdrachtnemer'] },
  status: {},
  priority: {},
  participation: {},
  participants: { aliases: ['Deelnemers'] },
  mandateScope: { aliases: ['Mandaat reikwijdte', 'Mandaat'] },
  mandateCeiling: { aliases: ['Mandaat plafond', 'Mandaatplafond'] },
  mandateFrom: { aliases: ['Mandaat vanaf', 'Mandaat van'] },
  mandateUntil: { aliases: ['Mandaat tot', 'Mandaat t/m'] },
});

export const BUDGET_COLUMNS = columns(BUDGET_LINE_COLUMNS, {
  code: { required: true, aliases: ['Code', 'Opdrachtcode'] },
  fundingSource: { required: true, aliases: ['Financieringsbron'] },
  sourceName: { aliases: ['Financier'] },
  year: { required: true },
  amount: { required: true },
  payers: { aliases: ['Betalers'] },
  payerSplit: { aliases: ['Verdeling', 'Verdeling betalers'] },
});

export const CAPACITY_COLUMNS = columns(CAPACITY_LINE_COLUMNS, {
  code: { required: true, aliases: ['Code', 'Opdrachtcode'] },
  supplier: { required: true },
  year: { required: true },
  fte: { aliases: ['FTE'] },
  hours: {},
});

export type AssignmentColumn = keyof typeof ASSIGNMENT_COLUMNS;
export type BudgetColumn = keyof typeof BUDGET_COLUMNS;
export type CapacityColumn = keyof typeof CAPACITY_COLUMNS;

/** The three tables of an import: the sheets of the workbook, the `Soort` of a CSV row. */
export const SHEETS = {
  assignments: {
    name: EXPORT_TABLES.assignments.sheet,
    aliases: ['Opdracht'],
    columns: ASSIGNMENT_COLUMNS,
  },
  budget: {
    name: EXPORT_TABLES['budget-lines'].sheet,
    aliases: ['Begroting', 'Budget'],
    columns: BUDGET_COLUMNS,
  },
  capacity: {
    name: EXPORT_TABLES['capacity-lines'].sheet,
    aliases: ['Capaciteitsregels'],
    columns: CAPACITY_COLUMNS,
  },
} as const;
export type SheetKey = keyof typeof SHEETS;

/** The first column of the CSV template: which table a row belongs to. */
export const CSV_KIND_HEADER = 'Soort';

/** Values of a choice column: the export's Dutch label or the stored code, in any case. */
export { ASSIGNMENT_STATUS_LABELS as STATUS_LABELS, FUNDING_SOURCE_LABELS, PARTICIPATION_LABELS };
/** `fixed_amounts` needs an amount per payer, which one cell of names cannot hold: not imported. */
export const PAYER_SPLIT_LABELS: Partial<Record<PayerSplit, string>> = {
  equal: EXPORTED_PAYER_SPLIT_LABELS.equal,
  per_inhabitant: EXPORTED_PAYER_SPLIT_LABELS.per_inhabitant,
};

export function normaliseHeader(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The code whose code or label is `text`, ignoring case and surrounding spaces. */
export function choiceOf<T extends string>(
  labels: Partial<Record<T, string>>,
  text: string,
): T | undefined {
  const wanted = normaliseHeader(text);
  return (Object.entries(labels) as [T, string][]).find(
    ([code, label]) => code === wanted || normaliseHeader(label) === wanted,
  )?.[0];
}

/** Several names in one cell: separated by semicolons or line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
