import type { AssignmentStatus, FundingSource, Participation, PayerSplit } from '@koers/contracts';

/** A column of an import sheet: its header (Dutch) and other headers read as the same column. */
export interface ImportColumn {
  header: string;
  aliases?: string[];
  required?: true;
}

function columns<K extends string>(defs: Record<K, ImportColumn>): Record<K, ImportColumn> {
  return defs;
}

export const ASSIGNMENT_COLUMNS = columns({
  code: { header: 'Code', required: true },
  theme: { header: 'Thema', aliases: ['Opgave'], required: true },
  title: { header: 'Titel', required: true },
  goal: { header: 'Doel' },
  results: { header: 'Resultaten', aliases: ['Resultaat'] },
  portfolioHolder: { header: 'Portefeuillehouder', aliases: ['Bestuurlijk opdrachtgever'] },
  lead: { header: 'Opdrachtnemer', aliases: ['Ambtelijk opdrachtnemer'] },
  status: { header: 'Status' },
  priority: { header: 'Prioriteit' },
  participation: { header: 'Deelname' },
  participants: { header: 'Deelnemende gemeenten', aliases: ['Deelnemers'] },
  mandateScope: { header: 'Mandaat reikwijdte', aliases: ['Mandaat'] },
  mandateCeiling: { header: 'Mandaat plafond', aliases: ['Mandaatplafond'] },
  mandateFrom: { header: 'Mandaat vanaf', aliases: ['Mandaat van'] },
  mandateUntil: { header: 'Mandaat tot', aliases: ['Mandaat t/m'] },
});

export const BUDGET_COLUMNS = columns({
  code: { header: 'Code', aliases: ['Opdrachtcode'], required: true },
  source: { header: 'Bron', aliases: ['Financieringsbron'], required: true },
  sourceName: { header: 'Naam bron', aliases: ['Financier'] },
  year: { header: 'Jaar', required: true },
  amount: { header: 'Bedrag', required: true },
  payers: { header: 'Betalende gemeenten', aliases: ['Betalers'] },
  payerSplit: { header: 'Verdeling', aliases: ['Verdeling betalers'] },
});

export const CAPACITY_COLUMNS = columns({
  code: { header: 'Code', aliases: ['Opdrachtcode'], required: true },
  supplier: { header: 'Leverancier', required: true },
  year: { header: 'Jaar', required: true },
  fte: { header: 'FTE', aliases: ['Fte'] },
  hours: { header: 'Uren' },
});

export type AssignmentColumn = keyof typeof ASSIGNMENT_COLUMNS;
export type BudgetColumn = keyof typeof BUDGET_COLUMNS;
export type CapacityColumn = keyof typeof CAPACITY_COLUMNS;

/** The three tables of an import: the sheets of the workbook, the `Soort` of a CSV row. */
export const SHEETS = {
  assignments: { name: 'Opdrachten', aliases: ['Opdracht'], columns: ASSIGNMENT_COLUMNS },
  budget: {
    name: 'Begroting',
    aliases: ['Begrotingsregels', 'Budget'],
    columns: BUDGET_COLUMNS,
  },
  capacity: {
    name: 'Capaciteit',
    aliases: ['Capaciteitsregels'],
    columns: CAPACITY_COLUMNS,
  },
} as const;
export type SheetKey = keyof typeof SHEETS;

/** The first column of the CSV template: which table a row belongs to. */
export const CSV_KIND_HEADER = 'Soort';

/** Values of a choice column: the stored code or its Dutch label, in any case. */
export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  concept: 'Concept',
  active: 'Actief',
  paused: 'Gepauzeerd',
  done: 'Afgerond',
  dropped: 'Vervallen',
};
export const PARTICIPATION_LABELS: Record<Participation, string> = {
  all: 'Alle gemeenten',
  opt_in: 'Opt-in',
};
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  member_contribution: 'Bijdrage van de gemeenten',
  extra_member_contribution: 'Extra bijdrage van enkele gemeenten',
  province: 'Provincie',
  national: 'Rijk',
  eu: 'Europese Unie',
  private: 'Private partners',
  other: 'Overig',
};
/** `fixed_amounts` needs an amount per payer, which one cell cannot hold: not importable. */
export const PAYER_SPLIT_LABELS: Partial<Record<PayerSplit, string>> = {
  equal: 'Gelijke delen',
  per_inhabitant: 'Per inwoner',
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
