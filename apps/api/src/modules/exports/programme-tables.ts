import type { AssignmentSnapshot } from '@koers/contracts';
import { todayInNetherlands } from '@koers/domain';
import type { ProgrammeExportData } from './programme-export-data';
import {
  ASSIGNMENT_COLUMNS,
  ASSIGNMENT_STATUS_LABELS,
  BUDGET_LINE_COLUMNS,
  CAPACITY_LINE_COLUMNS,
  ColumnKey,
  CONTRIBUTION_COLUMNS,
  CONTRIBUTION_TOTAL_HEADER,
  CONTRIBUTION_TOTAL_ROW,
  COUNCIL_DECISION_COLUMNS,
  COUNCIL_DECISION_STATUS_LABELS,
  ExportTable,
  FUNDING_SOURCE_LABELS,
  MULTI_VALUE_SEPARATOR,
  PARTICIPATION_LABELS,
  PAYER_SPLIT_LABELS,
  SheetColumn,
  VIEW_POINT_COLUMNS,
  VIEW_POINT_OUTCOME_LABELS,
} from './programme-sheet-columns';

/**
 * A cell as the writers get it, by its column's kind: money in integer cents, a date as
 * `YYYY-MM-DD`, null for an empty cell. Each writer formats it its own way (XLSX, CSV).
 */
export type Cell = string | number | null;

/** The totals of the contributions table, each the API's figure, written as SUM formulas. */
export interface TableSums {
  /** The first and last column (0-based) of the amounts summed per row. */
  firstColumn: number;
  lastColumn: number;
  /** The API's total per row (municipality), in cents. */
  rowTotalsCents: number[];
  /** The API's total per summed column (assignment), in cents. */
  columnTotalsCents: number[];
  grandTotalCents: number;
}

export interface TableData {
  name: ExportTable;
  columns: readonly SheetColumn[];
  rows: Cell[][];
  sums?: TableSums;
  /** Why the table is empty when it cannot be made (e.g. a split that fails), in Dutch. */
  note?: string;
}

function rowOf<C extends readonly SheetColumn[]>(
  columns: C,
  values: Record<ColumnKey<C>, Cell>,
): Cell[] {
  return columns.map((c) => values[c.key as ColumnKey<C>]);
}

const lines = (values: string[]) => values.join(MULTI_VALUE_SEPARATOR);

function assignmentsTable(data: ProgrammeExportData): TableData {
  const name = (id: string | null) => (id ? (data.people.get(id) ?? '') : '');
  const municipality = (id: string) => data.municipalities.get(id)?.name ?? id;
  // Every year's lines, as the assignment list totals them.
  const totals = (a: AssignmentSnapshot) => ({
    fte: Math.round(a.capacityLines.reduce((sum, l) => sum + (l.fte ?? 0), 0) * 1e4) / 1e4,
    hours: a.capacityLines.reduce((sum, l) => sum + (l.hours ?? 0), 0),
  });
  return {
    name: 'assignments',
    columns: ASSIGNMENT_COLUMNS,
    rows: data.snapshot.assignments.map((a) => {
      const capacity = totals(a);
      return rowOf(ASSIGNMENT_COLUMNS, {
        code: a.code,
        theme: a.themeTitle,
        title: a.title,
        goal: a.goal,
        results: lines(a.results),
        portfolioHolder: name(a.portfolioHolderId),
        lead: name(a.leadId),
        status: ASSIGNMENT_STATUS_LABELS[a.status],
        priority: data.priorities.get(a.id) ?? null,
        participation: PARTICIPATION_LABELS[a.participation],
        participants: lines(a.participantIds.map(municipality).sort((x, y) => x.localeCompare(y))),
        budgetTotal: a.budgetTotalCents,
        fteTotal: capacity.fte,
        hoursTotal: capacity.hours,
        mandateScope: a.mandate.scope,
        mandateCeiling: a.mandate.budgetCeilingCents,
        mandateFrom: a.mandate.validFrom,
        mandateUntil: a.mandate.validUntil,
      });
    }),
  };
}

function budgetLinesTable(data: ProgrammeExportData): TableData {
  const municipality = (id: string) => data.municipalities.get(id)?.name ?? id;
  return {
    name: 'budget-lines',
    columns: BUDGET_LINE_COLUMNS,
    rows: data.snapshot.assignments.flatMap((a) =>
      a.budgetLines.map((l) =>
        rowOf(BUDGET_LINE_COLUMNS, {
          code: a.code,
          assignmentTitle: a.title,
          fundingSource: FUNDING_SOURCE_LABELS[l.fundingSource],
          sourceName: l.sourceName,
          year: l.year,
          amount: l.amountCents,
          payerSplit: l.payerSplit ? PAYER_SPLIT_LABELS[l.payerSplit] : null,
          payers: l.payers ? lines(l.payers.map((p) => municipality(p.municipalityId))) : null,
        }),
      ),
    ),
  };
}

function capacityLinesTable(data: ProgrammeExportData): TableData {
  return {
    name: 'capacity-lines',
    columns: CAPACITY_LINE_COLUMNS,
    rows: data.snapshot.assignments.flatMap((a) =>
      a.capacityLines.map((l) =>
        rowOf(CAPACITY_LINE_COLUMNS, {
          code: a.code,
          assignmentTitle: a.title,
          supplier: l.supplierName,
          year: l.year,
          fte: l.fte,
          hours: l.hours,
        }),
      ),
    ),
  };
}

/** A row per municipality, a column per assignment, the API's totals as the sums' results. */
function contributionsTable(data: ProgrammeExportData): TableData {
  const c = data.contributions;
  const fixed = CONTRIBUTION_COLUMNS.length;
  const assignments = c?.assignments ?? [];
  const columns: SheetColumn[] = [
    ...CONTRIBUTION_COLUMNS,
    ...assignments.map((a): SheetColumn => ({
      key: a.code,
      header: a.code,
      kind: 'money',
      width: 12,
    })),
    { key: 'total', header: CONTRIBUTION_TOTAL_HEADER, kind: 'money', width: 16, derived: true },
  ];
  if (!c) {
    return { name: 'contributions', columns, rows: [], note: data.contributionsProblem ?? '' };
  }
  const rows = c.municipalities.map((m) => {
    const shares = new Map(m.byAssignment.map((s) => [s.assignmentId, s.amountCents]));
    return [
      m.name,
      m.cbsCode,
      m.population,
      ...assignments.map((a) => shares.get(a.assignmentId) ?? null),
      m.totalCents,
    ];
  });
  rows.push([
    CONTRIBUTION_TOTAL_ROW,
    null,
    null,
    ...assignments.map((a) => a.splitTotalCents),
    c.totalCents,
  ]);
  return {
    name: 'contributions',
    columns,
    rows,
    sums:
      assignments.length === 0
        ? undefined
        : {
            firstColumn: fixed,
            lastColumn: fixed + assignments.length - 1,
            rowTotalsCents: c.municipalities.map((m) => m.totalCents),
            columnTotalsCents: assignments.map((a) => a.splitTotalCents),
            grandTotalCents: c.totalCents,
          },
  };
}

function councilDecisionsTable(data: ProgrammeExportData): TableData {
  const items = data.matrix?.items ?? [];
  return {
    name: 'council-decisions',
    columns: COUNCIL_DECISION_COLUMNS,
    rows: items.map((d) =>
      rowOf(COUNCIL_DECISION_COLUMNS, {
        municipality: d.municipality.name,
        status: COUNCIL_DECISION_STATUS_LABELS[d.status],
        councilMeetingDate: d.councilMeetingDate,
        decisionDate: d.decisionDate,
        decisionReference: d.decisionReference,
        declined: lines(d.declinedAssignments.map((a) => a.code)),
        viewPoints: d.viewPointCount,
        unanswered: d.unansweredViewPointCount,
        deadline: d.deadline,
        shownAmount: d.shownContribution?.totalCents ?? null,
      }),
    ),
    ...(data.matrix ? {} : { note: 'Het programma is nog niet aan de gemeenteraden voorgelegd.' }),
  };
}

function viewPointsTable(data: ProgrammeExportData): TableData {
  return {
    name: 'views',
    columns: VIEW_POINT_COLUMNS,
    rows: data.viewPoints.map((p) =>
      rowOf(VIEW_POINT_COLUMNS, {
        municipality: p.municipality.name,
        number: p.number,
        assignment: p.assignment?.code ?? null,
        text: p.text,
        outcome: p.outcome ? VIEW_POINT_OUTCOME_LABELS[p.outcome] : null,
        answer: p.answer,
        resultingChange: p.resultingChange,
        answeredAt: p.answeredAt ? todayInNetherlands(new Date(p.answeredAt)) : null,
      }),
    ),
  };
}

const BUILDERS: Record<ExportTable, (data: ProgrammeExportData) => TableData> = {
  assignments: assignmentsTable,
  'budget-lines': budgetLinesTable,
  'capacity-lines': capacityLinesTable,
  contributions: contributionsTable,
  'council-decisions': councilDecisionsTable,
  views: viewPointsTable,
};

export function buildTable(name: ExportTable, data: ProgrammeExportData): TableData {
  return BUILDERS[name](data);
}
