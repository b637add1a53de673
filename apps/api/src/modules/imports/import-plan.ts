import type { BudgetLine, CapacityLine, ImportProblem } from '@koers/contracts';
import {
  ASSIGNMENT_COLUMNS,
  AssignmentColumn,
  BUDGET_COLUMNS,
  BudgetColumn,
  CAPACITY_COLUMNS,
  CapacityColumn,
  FUNDING_SOURCE_LABELS,
  normaliseHeader,
  PARTICIPATION_LABELS,
  PAYER_SPLIT_LABELS,
  SHEETS,
  STATUS_LABELS,
} from './import-columns';
import { problem } from './import-problems';
import { RawTable, RawUpload } from './read-upload';
import { locateColumns, RowReader } from './row-reader';

/** What the region already has, by the names a spreadsheet uses (normalised). */
export interface ImportReferences {
  themes: Map<string, { id: string; title: string }>;
  people: Map<string, string[]>;
  municipalities: Map<string, string>;
  organisations: Map<string, string>;
  /** The assignments of the programme, by code. */
  existing: Map<string, { id: string }>;
}

/** The body an imported assignment is written with: the fields its file has columns for. */
export interface ImportedAssignment {
  themeId: string;
  code: string;
  title: string;
  goal?: string;
  results?: string[];
  portfolioHolderId?: string | null;
  leadId?: string | null;
  status?: (typeof STATUS_LABELS extends Record<infer S, string> ? S : never) | undefined;
  priority?: number;
  participation?: 'all' | 'opt_in';
  participantIds?: string[];
  mandate?: {
    scope?: string;
    budgetCeilingCents?: number | null;
    validFrom?: string | null;
    validUntil?: string | null;
  };
  budgetLines?: BudgetLine[];
  capacityLines?: CapacityLine[];
}

export interface PlannedAssignment {
  row: number;
  existingId: string | null;
  themeTitle: string;
  body: ImportedAssignment;
  /** The sheet rows of `body.budgetLines` and `body.capacityLines`, in order. */
  budgetRows: number[];
  capacityRows: number[];
}

export interface ImportPlan {
  assignments: PlannedAssignment[];
  problems: ImportProblem[];
}

/** Reads the three tables of an upload into assignments to write, and every problem on the way. */
export function planImport(upload: RawUpload, refs: ImportReferences): ImportPlan {
  const problems = [...upload.problems];
  const table = upload.tables.assignments;
  if (!table) {
    if (upload.format === 'xlsx') {
      problems.push(
        problem(SHEETS.assignments.name, 1, '', 'missing_sheet', {
          sheet: SHEETS.assignments.name,
        }),
      );
    }
    return { assignments: [], problems };
  }
  const planned = readAssignments(table, refs, problems);
  const byCode = new Map(planned.map((p) => [p.body.code.toLowerCase(), p]));
  if (upload.tables.budget) readBudgetLines(upload.tables.budget, byCode, refs, problems);
  if (upload.tables.capacity) readCapacityLines(upload.tables.capacity, byCode, refs, problems);
  return { assignments: planned, problems };
}

function rowsOf<K extends string>(
  table: RawTable,
  columns: Record<K, { header: string }>,
  problems: ImportProblem[],
): RowReader<K>[] {
  const index = locateColumns(table, columns, problems);
  return table.rows.map((raw) => new RowReader(table, columns, index, raw, problems));
}

function readAssignments(
  table: RawTable,
  refs: ImportReferences,
  problems: ImportProblem[],
): PlannedAssignment[] {
  const firstRowOfCode = new Map<string, number>();
  const planned: PlannedAssignment[] = [];
  for (const r of rowsOf<AssignmentColumn>(table, ASSIGNMENT_COLUMNS, problems)) {
    const code = r.text('code', true) ?? '';
    const first = firstRowOfCode.get(code.toLowerCase());
    if (code && first !== undefined) {
      r.report('code', 'duplicate_code', { code, firstRow: first });
      continue;
    }
    if (code) firstRowOfCode.set(code.toLowerCase(), r.row);
    const themeText = r.text('theme', true) ?? '';
    const theme = themeText ? refs.themes.get(normaliseHeader(themeText)) : undefined;
    if (themeText && !theme) r.report('theme', 'unknown_theme', { value: themeText });
    const body: ImportedAssignment = {
      themeId: theme?.id ?? '',
      code,
      title: r.text('title', true) ?? '',
    };
    const goal = r.text('goal');
    if (goal !== undefined) body.goal = goal;
    const results = r.list('results');
    if (results !== undefined) body.results = results;
    if (r.has('portfolioHolder')) body.portfolioHolderId = person(r, 'portfolioHolder', refs);
    if (r.has('lead')) body.leadId = person(r, 'lead', refs);
    const status = r.choice('status', STATUS_LABELS);
    if (status) body.status = status;
    const priority = r.integer('priority', 1, 5);
    if (typeof priority === 'number') body.priority = priority;
    const participation = r.choice('participation', PARTICIPATION_LABELS);
    if (participation) body.participation = participation;
    const participants = r.list('participants');
    if (participants !== undefined) {
      body.participantIds = municipalities(r, 'participants', participants, refs);
    }
    readMandate(r, body);
    planned.push({
      row: r.row,
      existingId: refs.existing.get(code)?.id ?? null,
      themeTitle: theme?.title ?? themeText,
      body,
      budgetRows: [],
      capacityRows: [],
    });
  }
  return planned;
}

function readMandate(r: RowReader<AssignmentColumn>, body: ImportedAssignment): void {
  const mandate: NonNullable<ImportedAssignment['mandate']> = {};
  const scope = r.text('mandateScope');
  if (scope !== undefined) mandate.scope = scope;
  const ceiling = r.amount('mandateCeiling');
  if (ceiling !== undefined) mandate.budgetCeilingCents = ceiling;
  const from = r.date('mandateFrom');
  if (from !== undefined) mandate.validFrom = from;
  const until = r.date('mandateUntil');
  if (until !== undefined) mandate.validUntil = until;
  if (Object.keys(mandate).length > 0) body.mandate = mandate;
}

function person<K extends string>(r: RowReader<K>, key: K, refs: ImportReferences): string | null {
  const name = r.text(key);
  if (!name) return null;
  const ids = refs.people.get(normaliseHeader(name)) ?? [];
  if (ids.length === 0) r.report(key, 'unknown_person', { value: name });
  if (ids.length > 1) r.report(key, 'ambiguous_person', { value: name });
  return ids.length === 1 ? ids[0] : null;
}

function municipalities<K extends string>(
  r: RowReader<K>,
  key: K,
  names: string[],
  refs: ImportReferences,
): string[] {
  const ids: string[] = [];
  for (const name of names) {
    const id = refs.municipalities.get(normaliseHeader(name));
    if (!id) r.report(key, 'unknown_municipality', { value: name });
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The assignment of a line's code, or a problem naming the code. */
function owner<K extends string>(
  r: RowReader<K>,
  key: K,
  byCode: Map<string, PlannedAssignment>,
): PlannedAssignment | undefined {
  const code = r.text(key, true);
  if (!code) return undefined;
  const found = byCode.get(code.toLowerCase());
  if (!found) r.report(key, 'unknown_assignment_code', { code });
  return found;
}

function readBudgetLines(
  table: RawTable,
  byCode: Map<string, PlannedAssignment>,
  refs: ImportReferences,
  problems: ImportProblem[],
): void {
  // The sheet is in the file: each assignment has exactly the lines it lists (maybe none).
  for (const planned of byCode.values()) planned.body.budgetLines = [];
  for (const r of rowsOf<BudgetColumn>(table, BUDGET_COLUMNS, problems)) {
    const assignment = owner(r, 'code', byCode);
    const fundingSource = r.choice('fundingSource', FUNDING_SOURCE_LABELS, true);
    const year = r.year('year');
    const amountCents = r.amount('amount', true);
    const sourceName = r.text('sourceName') ?? '';
    const payerNames = r.list('payers') ?? [];
    const payerIds = municipalities(r, 'payers', payerNames, refs);
    const payerSplit = r.choice('payerSplit', PAYER_SPLIT_LABELS);
    if (!assignment || !fundingSource || year === undefined || typeof amountCents !== 'number') {
      continue;
    }
    const extra = fundingSource === 'extra_member_contribution';
    if (!extra && payerNames.length > 0) {
      r.report('payers', 'invalid_value', {
        reason: 'alleen een extra bijdrage van enkele gemeenten heeft betalende gemeenten',
      });
    }
    assignment.body.budgetLines!.push({
      fundingSource,
      sourceName,
      year,
      amountCents,
      ...(extra
        ? {
            payers: payerIds.map((municipalityId) => ({ municipalityId })),
            payerSplit: payerSplit ?? 'equal',
          }
        : {}),
    });
    assignment.budgetRows.push(r.row);
  }
}

function readCapacityLines(
  table: RawTable,
  byCode: Map<string, PlannedAssignment>,
  refs: ImportReferences,
  problems: ImportProblem[],
): void {
  for (const planned of byCode.values()) planned.body.capacityLines = [];
  for (const r of rowsOf<CapacityColumn>(table, CAPACITY_COLUMNS, problems)) {
    const assignment = owner(r, 'code', byCode);
    const supplierName = r.text('supplier', true);
    const year = r.year('year');
    const fte = r.hundredths('fte');
    const hours = r.integer('hours', 0, 2_000_000_000);
    if (!assignment || !supplierName || year === undefined) continue;
    if (fte === undefined && r.has('fte')) continue;
    if (hours === undefined && r.has('hours')) continue;
    if ((fte ?? null) === null && (hours ?? null) === null) {
      r.report(r.has('fte') ? 'fte' : 'hours', 'missing_value');
      continue;
    }
    if (fte != null && hours != null) {
      r.report('hours', 'invalid_value', { reason: 'vul fte of uren in, niet allebei' });
      continue;
    }
    assignment.body.capacityLines!.push({
      supplierOrganisationId: refs.organisations.get(normaliseHeader(supplierName)) ?? null,
      supplierName,
      year,
      fte: fte ?? null,
      hours: hours ?? null,
    });
    assignment.capacityRows.push(r.row);
  }
}
