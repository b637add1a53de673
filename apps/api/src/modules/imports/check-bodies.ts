import type { FieldError, ImportProblem } from '@koers/contracts';
import { ValidationFailedError } from '../../common/koers-error';
import { checkAssignmentRules } from '../assignments/assignment-writer';
import {
  ASSIGNMENT_COLUMNS,
  AssignmentColumn,
  BUDGET_COLUMNS,
  BudgetColumn,
  CAPACITY_COLUMNS,
  CapacityColumn,
  SHEETS,
} from './import-columns';
import type { PlannedAssignment } from './import-plan';
import { problem } from './import-problems';

const ASSIGNMENT_FIELDS: Record<string, AssignmentColumn> = {
  themeId: 'theme',
  code: 'code',
  title: 'title',
  goal: 'goal',
  results: 'results',
  portfolioHolderId: 'portfolioHolder',
  leadId: 'lead',
  status: 'status',
  priority: 'priority',
  participation: 'participation',
  participantIds: 'participants',
  'mandate.scope': 'mandateScope',
  'mandate.budgetCeilingCents': 'mandateCeiling',
  'mandate.validFrom': 'mandateFrom',
  'mandate.validUntil': 'mandateUntil',
};
const BUDGET_FIELDS: Record<string, BudgetColumn> = {
  fundingSource: 'fundingSource',
  sourceName: 'sourceName',
  year: 'year',
  amountCents: 'amount',
  payers: 'payers',
  payerSplit: 'payerSplit',
};
const CAPACITY_FIELDS: Record<string, CapacityColumn> = {
  supplierName: 'supplier',
  year: 'year',
  fte: 'fte',
  hours: 'hours',
};

/** The limits of the assignment form's fields (CreateAssignmentDto) that a cell can break. */
const TOO_LONG = 'is te lang';
function fieldLimits(body: PlannedAssignment['body']): FieldError[] {
  const errors: FieldError[] = [];
  const max = (field: string, value: string | undefined, length: number) => {
    if (value !== undefined && value.length > length) errors.push({ field, message: TOO_LONG });
  };
  max('code', body.code, 20);
  if (body.code && !/^[A-Za-z0-9._-]+$/.test(body.code)) {
    errors.push({
      field: 'code',
      message: 'mag alleen letters, cijfers, punt, streep en underscore bevatten',
    });
  }
  max('title', body.title, 300);
  max('goal', body.goal, 5000);
  max('mandate.scope', body.mandate?.scope, 5000);
  if ((body.results?.length ?? 0) > 50)
    errors.push({ field: 'results', message: 'bevat te veel elementen' });
  body.results?.forEach((result, i) => max(`results.${i}`, result, 1000));
  const lists = [
    ['budgetLines', body.budgetLines?.length ?? 0, 200],
    ['capacityLines', body.capacityLines?.length ?? 0, 200],
  ] as const;
  for (const [field, length, most] of lists) {
    if (length > most)
      errors.push({ field: `${field}.${most}.year`, message: `meer dan ${most} regels` });
  }
  body.budgetLines?.forEach((line, i) => max(`budgetLines.${i}.sourceName`, line.sourceName, 200));
  body.capacityLines?.forEach((line, i) =>
    max(`capacityLines.${i}.supplierName`, line.supplierName, 200),
  );
  return errors;
}

/**
 * The rules of the assignment form, applied to each imported assignment (lengths, the code's
 * characters, an extra contribution's payers, fte or hours, the mandate's term): each broken rule
 * becomes a problem on the sheet, row and column it came from, unless that cell has one already.
 */
export function checkImportedBodies(planned: PlannedAssignment[], problems: ImportProblem[]): void {
  const seen = new Set(problems.map((p) => `${p.sheet}|${p.row}|${p.column}`));
  for (const assignment of planned) {
    // Checked directly rather than through class-validator: 1,000 rows in a few ms, not seconds.
    const errors = fieldLimits(assignment.body);
    if (errors.length === 0) {
      try {
        checkAssignmentRules(assignment.body);
      } catch (error) {
        if (!(error instanceof ValidationFailedError)) throw error;
        errors.push(...error.errors);
      }
    }
    for (const error of errors) {
      const where = locate(assignment, error.field);
      const key = `${where.sheet}|${where.row}|${where.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(
        problem(where.sheet, where.row, where.column, 'invalid_value', { reason: error.message }),
      );
    }
  }
}

function locate(assignment: PlannedAssignment, field: string) {
  const line = /^(budgetLines|capacityLines)\.(\d+)\.([a-zA-Z]+)/.exec(field);
  if (line) {
    const budget = line[1] === 'budgetLines';
    const rows = budget ? assignment.budgetRows : assignment.capacityRows;
    const column = budget
      ? BUDGET_COLUMNS[BUDGET_FIELDS[line[3]] ?? 'amount'].header
      : CAPACITY_COLUMNS[CAPACITY_FIELDS[line[3]] ?? 'fte'].header;
    return {
      sheet: budget ? SHEETS.budget.name : SHEETS.capacity.name,
      row: rows[Number(line[2])] ?? assignment.row,
      column,
    };
  }
  const base = Object.keys(ASSIGNMENT_FIELDS).find((f) => field === f || field.startsWith(`${f}.`));
  return {
    sheet: SHEETS.assignments.name,
    row: assignment.row,
    column: ASSIGNMENT_COLUMNS[base ? ASSIGNMENT_FIELDS[base] : 'code'].header,
  };
}
