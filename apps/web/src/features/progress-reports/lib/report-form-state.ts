import type {
  AssignmentProgressResponse,
  ProgressCourse,
  ProgressReportContent,
  ProgressReportResponse,
  RiskLevel,
} from '@koers/contracts';
import { courseExplanationMissing, overspendExplanationMissing } from '@koers/domain';
import { centsToEuroInput, parseEuros } from '../../../lib/euro-input';

/** The report form as typed: text for every number, so nothing is rounded on the way. */
export interface ReportFormState {
  course: ProgressCourse;
  courseExplanation: string;
  delivered: string;
  milestones: { title: string; plannedOn: string; doneOn: string }[];
  money: Record<string, { committed: string; spent: string; explanation: string }>;
  capacity: Record<string, string>;
  kpis: Record<string, { value: string; measuredOn: string; source: string }>;
  risks: { description: string; likelihood: RiskLevel; impact: RiskLevel; measure: string }[];
}

type Lines = Pick<AssignmentProgressResponse, 'budgetLines' | 'capacityLines' | 'kpis'>;

const hundredths = (value: number | null) =>
  value === null ? '' : String(value).replace('.', ',');

/** The form for a new report (empty lines) or an existing one (its lines filled in). */
export function formStateOf(lines: Lines, report: ProgressReportResponse | null): ReportFormState {
  const money = Object.fromEntries(
    lines.budgetLines.map((line) => {
      const m = report?.money.find((x) => x.budgetLineId === line.id);
      return [
        line.id,
        {
          committed: m ? centsToEuroInput(m.committedCents) : '',
          spent: m ? centsToEuroInput(m.spentCents) : '',
          explanation: m?.explanation ?? '',
        },
      ];
    }),
  );
  const capacity = Object.fromEntries(
    lines.capacityLines.map((line) => {
      const c = report?.capacity.find((x) => x.capacityLineId === line.id);
      return [line.id, c ? hundredths(c.fte ?? c.hours) : ''];
    }),
  );
  const kpis = Object.fromEntries(
    lines.kpis.map((kpi) => {
      const v = report?.kpiValues.find((x) => x.kpiId === kpi.id);
      return [
        kpi.id,
        { value: v?.value ?? '', measuredOn: v?.measuredOn ?? '', source: v?.source ?? '' },
      ];
    }),
  );
  return {
    course: report?.course ?? 'op_koers',
    courseExplanation: report?.courseExplanation ?? '',
    delivered: report?.delivered ?? '',
    milestones: (report?.milestones ?? []).map((m) => ({
      title: m.title,
      plannedOn: m.plannedOn,
      doneOn: m.doneOn ?? '',
    })),
    money,
    capacity,
    kpis,
    risks: (report?.risks ?? []).map((r) => ({ ...r })),
  };
}

const parseAmount = (text: string): number | null => {
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) ? value : null;
};

/**
 * What the form sends, and the fields it could not read or that the rules refuse (by API field
 * path, for the summary): an explanation when not on course, a reason for spending above a
 * line's budget. A budget line, capacity line or KPI left empty is not reported on.
 */
export function contentOf(
  state: ReportFormState,
  lines: Lines,
): {
  content: Required<ProgressReportContent>;
  errors: Record<string, string>;
  /** The line or KPI id at each index of the lists sent, to put the API's errors back. */
  order: { money: string[]; capacity: string[]; kpiValues: string[] };
} {
  const errors: Record<string, string> = {};
  if (courseExplanationMissing(state.course, state.courseExplanation)) {
    errors.courseExplanation = 'explanationRequired';
  }
  const money: Required<ProgressReportContent>['money'] = [];
  lines.budgetLines.forEach((line) => {
    const m = state.money[line.id];
    if (!m || (m.committed.trim() === '' && m.spent.trim() === '')) return;
    const index = money.length;
    const committed = m.committed.trim() === '' ? 0 : parseEuros(m.committed);
    const spent = m.spent.trim() === '' ? 0 : parseEuros(m.spent);
    if (committed === null) errors[`money.${index}.committedCents`] = 'euro';
    if (spent === null) errors[`money.${index}.spentCents`] = 'euro';
    if (
      spent !== null &&
      overspendExplanationMissing({
        budgetCents: line.amountCents,
        spentCents: spent,
        explanation: m.explanation,
      })
    ) {
      errors[`money.${index}.explanation`] = 'overspendRequired';
    }
    money.push({
      budgetLineId: line.id,
      committedCents: committed ?? 0,
      spentCents: spent ?? 0,
      explanation: m.explanation,
    });
  });
  const capacity: Required<ProgressReportContent>['capacity'] = [];
  lines.capacityLines.forEach((line) => {
    const text = state.capacity[line.id] ?? '';
    if (text.trim() === '') return;
    const amount = parseAmount(text);
    if (amount === null) errors[`capacity.${capacity.length}.fte`] = 'number';
    capacity.push(
      line.fte !== null || line.hours === null
        ? { capacityLineId: line.id, fte: amount ?? 0, hours: null }
        : { capacityLineId: line.id, fte: null, hours: Math.round(amount ?? 0) },
    );
  });
  const kpiValues = lines.kpis.flatMap((kpi) => {
    const v = state.kpis[kpi.id];
    return v && v.value.trim() !== '' ? [{ kpiId: kpi.id, ...v }] : [];
  });
  return {
    content: {
      course: state.course,
      courseExplanation: state.courseExplanation,
      delivered: state.delivered,
      milestones: state.milestones.map((m) => ({
        ...m,
        doneOn: m.doneOn === '' ? null : m.doneOn,
      })),
      money,
      capacity,
      kpiValues,
      risks: state.risks,
    },
    errors,
    order: {
      money: money.map((m) => m.budgetLineId),
      capacity: capacity.map((c) => c.capacityLineId),
      kpiValues: kpiValues.map((k) => k.kpiId),
    },
  };
}
