import {
  AmendmentResponse,
  AssignmentSnapshot,
  BudgetDelta,
  ChangedAssignment,
  FieldChange,
  FUNDING_SOURCES,
  ProgrammeSnapshot,
  ViewPointRef,
} from '@koers/contracts';

/** What changed between two frozen versions of one programme (pure: snapshots in, diff out). */
export interface SnapshotDiff {
  programmeChanges: FieldChange[];
  added: AssignmentSnapshot[];
  removed: AssignmentSnapshot[];
  changed: ChangedAssignment[];
  budget: BudgetDelta;
}

const PROGRAMME_FIELDS = [
  'year',
  'title',
  'introduction',
  'populationReferenceDate',
  'viewWindowWeeks',
  'contributionKey',
] as const;

const ASSIGNMENT_FIELDS = [
  'code',
  'title',
  'goal',
  'results',
  'themeId',
  'status',
  'participation',
  'participantIds',
  'contributionKey',
  'portfolioHolderId',
  'leadId',
  'budgetLines',
  'capacityLines',
  'budgetTotalCents',
] as const;

const MANDATE_FIELDS = [
  'scope',
  'budgetCeilingCents',
  'validFrom',
  'validUntil',
  'reportBackDates',
  'escalation',
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changesOf<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
  prefix = '',
): FieldChange[] {
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({
      field: `${prefix}${field}`,
      old: before[field] ?? null,
      new: after[field] ?? null,
    }));
}

/** Per funding source and in total: old, new and the difference, in exact cents. */
export function budgetDelta(
  before: readonly AssignmentSnapshot[],
  after: readonly AssignmentSnapshot[],
): BudgetDelta {
  const bySource = (assignments: readonly AssignmentSnapshot[]) => {
    const sums = new Map<string, number>();
    for (const a of assignments) {
      for (const line of a.budgetLines) {
        sums.set(line.fundingSource, (sums.get(line.fundingSource) ?? 0) + line.amountCents);
      }
    }
    return sums;
  };
  const old = bySource(before);
  const next = bySource(after);
  const sources = FUNDING_SOURCES.filter((s) => old.has(s) || next.has(s));
  const rows = sources.map((fundingSource) => {
    const oldCents = old.get(fundingSource) ?? 0;
    const newCents = next.get(fundingSource) ?? 0;
    return { fundingSource, oldCents, newCents, deltaCents: newCents - oldCents };
  });
  const oldTotalCents = rows.reduce((sum, r) => sum + r.oldCents, 0);
  const newTotalCents = rows.reduce((sum, r) => sum + r.newCents, 0);
  for (const total of [oldTotalCents, newTotalCents]) {
    if (!Number.isSafeInteger(total)) throw new RangeError('Budget total too large');
  }
  return {
    bySource: rows,
    oldTotalCents,
    newTotalCents,
    deltaCents: newTotalCents - oldTotalCents,
  };
}

const byCode = (a: AssignmentSnapshot, b: AssignmentSnapshot) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Assignments added, removed and changed field by field (the mandate per part, e.g.
 * `mandate.scope`), each changed one with its budget delta per funding source, plus the
 * programme's own changed fields and the budget delta of the whole programme.
 */
export function diffSnapshots(before: ProgrammeSnapshot, after: ProgrammeSnapshot): SnapshotDiff {
  const oldById = new Map(before.assignments.map((a) => [a.id, a]));
  const newById = new Map(after.assignments.map((a) => [a.id, a]));
  const added = after.assignments.filter((a) => !oldById.has(a.id)).sort(byCode);
  const removed = before.assignments.filter((a) => !newById.has(a.id)).sort(byCode);
  const changed: ChangedAssignment[] = [];
  for (const next of [...after.assignments].sort(byCode)) {
    const old = oldById.get(next.id);
    if (!old) continue;
    const changes = [
      ...changesOf(old, next, ASSIGNMENT_FIELDS),
      ...changesOf(old.mandate, next.mandate, MANDATE_FIELDS, 'mandate.'),
    ];
    if (changes.length === 0) continue;
    changed.push({
      id: next.id,
      code: next.code,
      title: next.title,
      changes,
      budget: budgetDelta([old], [next]),
    });
  }
  return {
    programmeChanges: changesOf(before, after, PROGRAMME_FIELDS),
    added,
    removed,
    changed,
    budget: budgetDelta(before.assignments, after.assignments),
  };
}

/** Whether a diff's field (e.g. `mandate.scope`) is one an amendment touched (e.g. `mandate`). */
function touches(amendmentField: string, diffField: string): boolean {
  if (diffField === amendmentField || diffField.startsWith(`${amendmentField}.`)) return true;
  // The total follows from the lines.
  return diffField === 'budgetTotalCents' && amendmentField === 'budgetLines';
}

/**
 * Each changed field of each changed assignment with the view points behind it: those of the
 * amendments to that assignment that touched the field ("naar aanleiding van zienswijze
 * Helmond punt 2"). A change no amendment made (e.g. in a draft between rounds) has none.
 */
export function withReasons(
  changed: ChangedAssignment[],
  amendments: readonly AmendmentResponse[],
): ChangedAssignment[] {
  if (amendments.length === 0) return changed;
  return changed.map((assignment) => {
    const own = amendments.filter((a) => a.assignment.id === assignment.id);
    return {
      ...assignment,
      changes: assignment.changes.map((change) => {
        const reasons = new Map<string, ViewPointRef>();
        for (const amendment of own) {
          if (!amendment.fields.some((f) => touches(f, change.field))) continue;
          for (const point of amendment.viewPoints) reasons.set(point.id, point);
        }
        return reasons.size > 0 ? { ...change, reasons: [...reasons.values()] } : change;
      }),
    };
  });
}
