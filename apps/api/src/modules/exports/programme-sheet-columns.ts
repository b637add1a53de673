import type {
  AssignmentStatus,
  CouncilDecisionStatus,
  FundingSource,
  Participation,
  PayerSplit,
  ProgrammeStatus,
  ViewPointOutcome,
} from '@koers/contracts';

/**
 * THE COLUMNS of every table a programme is exported as (XLSX sheet and CSV file alike), in order.
 * The export writes exactly these headers; the import (issue 17 §4) reads the assignments, budget
 * lines and capacity lines back by the same headers, so an exported workbook or CSV imports into an
 * empty draft unchanged. Change a header here and both sides follow.
 *
 * How the cells are written, so an import can read them back:
 * - `text`: as is; several values in one cell (results, payers, participants) one per line (`\n`).
 *   A text that starts with `=`, `+`, `-`, `@`, tab or carriage return is written with a leading
 *   `'` against formula injection (`neutraliseFormula`); `restoreNeutralised` takes it off again.
 * - `money`: euros with two decimals from integer cents, exact. XLSX: a number cell with a euro
 *   format. CSV: `1234.56` with the comma separator, `1234,56` with the semicolon (Dutch Excel).
 * - `number`: FTE and the like (decimal, same notation as money); `integer`: years, counts, hours.
 * - `date`: XLSX a date cell; CSV `YYYY-MM-DD`.
 * - enumerations (status, participation, funding source, …) are written as their Dutch label
 *   below; `fromLabel` turns a label (or the API's own code) back into the code.
 */
export type ColumnKind = 'text' | 'money' | 'number' | 'integer' | 'date';

export interface SheetColumn<K extends string = string> {
  key: K;
  /** The header in the file (Dutch). */
  header: string;
  kind: ColumnKind;
  /** Column width in characters (XLSX). */
  width: number;
  /** Derived on export (a total); an import ignores it. */
  derived?: true;
}

const col = <K extends string>(
  key: K,
  header: string,
  kind: ColumnKind,
  width: number,
  derived?: true,
): SheetColumn<K> => ({ key, header, kind, width, ...(derived ? { derived } : {}) });

/** Sheet "Opdrachten" / `opdrachten.csv`: one row per assignment, by code. */
export const ASSIGNMENT_COLUMNS = [
  col('code', 'Code', 'text', 10),
  col('theme', 'Opgave', 'text', 24),
  col('title', 'Titel', 'text', 36),
  col('goal', 'Doel', 'text', 48),
  col('results', 'Resultaten', 'text', 48),
  col('portfolioHolder', 'Portefeuillehouder', 'text', 24),
  col('lead', 'Ambtelijk opdrachtnemer', 'text', 24),
  col('status', 'Status', 'text', 12),
  col('priority', 'Prioriteit', 'integer', 10),
  col('participation', 'Deelname', 'text', 14),
  col('participants', 'Deelnemende gemeenten', 'text', 30),
  col('budgetTotal', 'Begroting totaal', 'money', 16, true),
  col('fteTotal', 'Capaciteit (fte)', 'number', 14, true),
  col('hoursTotal', 'Capaciteit (uren)', 'integer', 14, true),
  col('mandateScope', 'Mandaat: reikwijdte', 'text', 36),
  col('mandateCeiling', 'Mandaat: budgetplafond', 'money', 18),
  col('mandateFrom', 'Mandaat: geldig vanaf', 'date', 14),
  col('mandateUntil', 'Mandaat: geldig tot', 'date', 14),
] as const;

/** Sheet "Begrotingsregels" / `begrotingsregels.csv`: one row per budget line, in line order. */
export const BUDGET_LINE_COLUMNS = [
  col('code', 'Code opdracht', 'text', 12),
  col('assignmentTitle', 'Opdracht', 'text', 36, true),
  col('fundingSource', 'Bron', 'text', 30),
  col('sourceName', 'Naam bron', 'text', 30),
  col('year', 'Jaar', 'integer', 8),
  col('amount', 'Bedrag', 'money', 16),
  col('payerSplit', 'Verdeling extra bijdrage', 'text', 20),
  col('payers', 'Betalende gemeenten', 'text', 30),
] as const;

/** Sheet "Capaciteit" / `capaciteit.csv`: one row per capacity line (FTE or hours, never both). */
export const CAPACITY_LINE_COLUMNS = [
  col('code', 'Code opdracht', 'text', 12),
  col('assignmentTitle', 'Opdracht', 'text', 36, true),
  col('supplier', 'Leverancier', 'text', 30),
  col('year', 'Jaar', 'integer', 8),
  col('fte', 'Fte', 'number', 10),
  col('hours', 'Uren', 'integer', 10),
] as const;

/**
 * Sheet "Bijdragen" / `bijdragen.csv`: a row per member municipality, then a column per assignment
 * (headed by its code) and the total; the last row holds the totals per assignment. Not imported.
 */
export const CONTRIBUTION_COLUMNS = [
  col('municipality', 'Gemeente', 'text', 26),
  col('cbsCode', 'CBS-code', 'text', 10),
  col('population', 'Inwoners', 'integer', 12),
] as const;
export const CONTRIBUTION_TOTAL_HEADER = 'Totaal';
export const CONTRIBUTION_TOTAL_ROW = 'Totaal';

/** Sheet "Raadsbesluiten" / `raadsbesluiten.csv`: the ratification matrix. Not imported. */
export const COUNCIL_DECISION_COLUMNS = [
  col('municipality', 'Gemeente', 'text', 26),
  col('status', 'Besluit', 'text', 24),
  col('councilMeetingDate', 'Raadsvergadering', 'date', 16),
  col('decisionDate', 'Datum besluit', 'date', 14),
  col('decisionReference', 'Kenmerk', 'text', 18),
  col('declined', 'Niet deelnemend aan', 'text', 20),
  col('viewPoints', 'Punten zienswijze', 'integer', 12),
  col('unanswered', 'Onbeantwoord', 'integer', 12),
  col('deadline', 'Termijn', 'date', 12),
  col('shownAmount', 'Bedrag bij besluit', 'money', 16),
] as const;

/** Sheet "Zienswijzen" / `zienswijzen.csv`: every point of every view with the answer. */
export const VIEW_POINT_COLUMNS = [
  col('municipality', 'Gemeente', 'text', 26),
  col('number', 'Punt', 'integer', 8),
  col('assignment', 'Opdracht', 'text', 12),
  col('text', 'Zienswijze', 'text', 60),
  col('outcome', 'Uitkomst', 'text', 18),
  col('answer', 'Antwoord', 'text', 60),
  col('resultingChange', 'Gevolg', 'text', 36),
  col('answeredAt', 'Beantwoord op', 'date', 14),
] as const;

export type ColumnKey<C extends readonly SheetColumn[]> = C[number]['key'];

/** The tables, by the name used in the CSV URL, with the sheet name and the file name. */
export const EXPORT_TABLES = {
  assignments: { sheet: 'Opdrachten', file: 'opdrachten' },
  'budget-lines': { sheet: 'Begrotingsregels', file: 'begrotingsregels' },
  'capacity-lines': { sheet: 'Capaciteit', file: 'capaciteit' },
  contributions: { sheet: 'Bijdragen', file: 'bijdragen' },
  'council-decisions': { sheet: 'Raadsbesluiten', file: 'raadsbesluiten' },
  views: { sheet: 'Zienswijzen', file: 'zienswijzen' },
} as const;
export type ExportTable = keyof typeof EXPORT_TABLES;
export const EXPORT_TABLE_NAMES = Object.keys(EXPORT_TABLES) as ExportTable[];
export const COVER_SHEET = 'Voorblad';

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  draft: 'Concept',
  proposed: 'Voorgelegd aan het bestuur',
  consultation: 'Bij de gemeenteraden',
  adopted: 'Vastgesteld',
  in_execution: 'In uitvoering',
  closed: 'Afgesloten',
};

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
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

export const PAYER_SPLIT_LABELS: Record<PayerSplit, string> = {
  equal: 'Gelijke delen',
  per_inhabitant: 'Per inwoner',
  fixed_amounts: 'Vaste bedragen',
};

export const COUNCIL_DECISION_STATUS_LABELS: Record<CouncilDecisionStatus, string> = {
  pending: 'Nog geen besluit',
  no_view: 'Geen zienswijze',
  view_submitted: 'Zienswijze ingediend',
  agreed: 'Ingestemd',
  agreed_with_view: 'Ingestemd met zienswijze',
  rejected: 'Afgewezen',
  partial: 'Gedeeltelijk ingestemd',
};

export const VIEW_POINT_OUTCOME_LABELS: Record<ViewPointOutcome, string> = {
  adopted: 'Overgenomen',
  partly_adopted: 'Deels overgenomen',
  not_adopted: 'Niet overgenomen',
};

/**
 * The code of a label (case and surrounding spaces ignored) or of the code itself; undefined when
 * it is neither. For the import: `fromLabel(FUNDING_SOURCE_LABELS, cell)`.
 */
export function fromLabel<C extends string>(
  labels: Record<C, string>,
  value: string,
): C | undefined {
  const wanted = value.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    if (code === wanted || label.toLowerCase() === wanted) return code;
  }
  return undefined;
}

/** Separates several values in one cell (results, payers, participants). */
export const MULTI_VALUE_SEPARATOR = '\n';

/** What spreadsheet programs read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text that a spreadsheet would run as a formula, made inert with a leading `'`. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text as it was before `neutraliseFormula` (for the import of an exported file). */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
