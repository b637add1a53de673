/**
 * The programme roll-up of one reporting period: what the progress reports of all assignments
 * say together. A pure function over plain input, so the API, the bestuursrapportage and the
 * tests compute it the same way. Money is integer cents and every total is a sum of parts,
 * never an average of percentages.
 */

/** The three steps of a progress report's status. */
export type ProgressStatus = 'on_course' | 'attention' | 'off_course';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'on_course',
  'attention',
  'off_course',
];

/** Whether a KPI is better when its value goes up or down. */
export type KpiDirection = 'increase' | 'decrease';

export interface RollupBudgetLine {
  id: string;
  /** The funding source (e.g. `province`). */
  source: string;
  amountCents: number;
}

export interface RollupLineSpend {
  budgetLineId: string;
  committedCents: number;
  spentCents: number;
}

export interface RollupKpiMeasurement {
  kpiId: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  /** Left out: derived from baseline and target (a target above the baseline means up). */
  direction?: KpiDirection | null;
  value: number;
  measuredOn: string;
}

export interface RollupMilestone {
  title: string;
  plannedOn: string;
  doneOn: string | null;
}

export interface RollupReport {
  status: ProgressStatus;
  lines: RollupLineSpend[];
  kpis: RollupKpiMeasurement[];
  milestones: RollupMilestone[];
}

export interface RollupAssignment {
  id: string;
  code: string;
  title: string;
  themeId: string;
  themeTitle: string;
  /** The budget lines of the programme's year. */
  budgetLines: RollupBudgetLine[];
  /** The period's report that counts (accepted); null when there is none. */
  report: RollupReport | null;
}

export interface RollupInput {
  /** First and last day of the period (ISO dates); milestones are judged against them. */
  startsOn: string;
  endsOn: string;
  assignments: RollupAssignment[];
}

export interface StatusCounts {
  on_course: number;
  attention: number;
  off_course: number;
  no_report: number;
  total: number;
}

export interface SpendFigures {
  budgetCents: number;
  committedCents: number;
  spentCents: number;
  /** Budget minus spent; negative when over budget. */
  remainingCents: number;
  overBudget: boolean;
}

export interface ThemeRollup extends SpendFigures {
  themeId: string;
  themeTitle: string;
  counts: StatusCounts;
}

export interface SourceRollup extends SpendFigures {
  source: string;
}

export interface OverspentLine {
  assignmentId: string;
  code: string;
  source: string;
  budgetCents: number;
  spentCents: number;
}

export interface KpiOutcome {
  assignmentId: string;
  code: string;
  kpiId: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  value: number;
  measuredOn: string;
  direction: KpiDirection | null;
  /** `unknown` when baseline or target is not a number the rule can compare. */
  outcome: 'reached' | 'missed' | 'unknown';
}

export interface MilestoneOutcome extends RollupMilestone {
  assignmentId: string;
  code: string;
  /** Planned within the period. */
  due: boolean;
  /** Done after its planned date, or not done while its planned date has passed. */
  late: boolean;
}

export const ON_COURSE_SHARE_RULE = {
  code: 'budget-weighted-on-course-v1',
  nl: 'Aandeel op koers = som van de begrotingen van de opdrachten met een geaccepteerde rapportage "op koers" ÷ som van de begrotingen van alle opdrachten met een geaccepteerde rapportage. Opdrachten zonder rapportage tellen niet mee; percentages worden niet gemiddeld.',
  en: 'Share on course = sum of the budgets of the assignments whose accepted report says "on course" ÷ sum of the budgets of all assignments with an accepted report. Assignments without a report do not count; percentages are never averaged.',
} as const;

export interface OnCourseShare {
  ruleCode: typeof ON_COURSE_SHARE_RULE.code;
  numeratorCents: number;
  denominatorCents: number;
  /** numerator ÷ denominator, between 0 and 1; null when no reported assignment has budget. */
  share: number | null;
}

export interface ProgrammeRollup {
  counts: StatusCounts;
  onCourseShare: OnCourseShare;
  total: SpendFigures;
  byTheme: ThemeRollup[];
  bySource: SourceRollup[];
  overspentLines: OverspentLine[];
  kpis: KpiOutcome[];
  milestones: MilestoneOutcome[];
}

const emptyCounts = (): StatusCounts => ({
  on_course: 0,
  attention: 0,
  off_course: 0,
  no_report: 0,
  total: 0,
});

interface SpendSum {
  budgetCents: number;
  committedCents: number;
  spentCents: number;
}

const emptySum = (): SpendSum => ({ budgetCents: 0, committedCents: 0, spentCents: 0 });

const figures = (sum: SpendSum): SpendFigures => ({
  ...sum,
  remainingCents: sum.budgetCents - sum.spentCents,
  overBudget: sum.spentCents > sum.budgetCents,
});

function addTo(sum: SpendSum, budget: number, committed: number, spent: number): void {
  sum.budgetCents += budget;
  sum.committedCents += committed;
  sum.spentCents += spent;
}

/** The direction a KPI improves in: given, or from baseline to target; null when unknown. */
export function kpiDirection(
  baseline: number | null,
  target: number | null,
  given?: KpiDirection | null,
): KpiDirection | null {
  if (given) return given;
  if (baseline === null || target === null || baseline === target) return null;
  return target > baseline ? 'increase' : 'decrease';
}

/** Whether a measured value reached its target in the direction the KPI improves in. */
export function kpiOutcome(
  value: number,
  target: number | null,
  direction: KpiDirection | null,
): KpiOutcome['outcome'] {
  if (target === null || direction === null) return 'unknown';
  const reached = direction === 'increase' ? value >= target : value <= target;
  return reached ? 'reached' : 'missed';
}

/**
 * A KPI's baseline or target as a number ("1.250", "1 250", "12,5 %", "-3", "19/21" → 19), Dutch
 * notation first; null when it is words ("n.v.t.", "hoog") or a number is part of a word or a
 * date ("Q4 2026", "CO2"): only a space between thousands joins digits.
 */
export function parseKpiNumber(text: string | null | undefined): number | null {
  if (!text) return null;
  const compact = text.replace(/(\d)\s+(?=\d{3}(?!\d))/g, '$1');
  const match = /-?\d[\d.,]*/.exec(compact);
  if (!match || /\p{L}$/u.test(compact.slice(0, match.index))) return null;
  let digits = match[0];
  if (digits.includes(',')) digits = digits.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(digits)) digits = digits.replace(/\./g, '');
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

/**
 * A milestone belongs to the period when it is planned within it, or was planned before it and
 * was still open at its start. It is late when it was done after its planned date, or is not done
 * while its planned date lies within the data (on or before the period's last day).
 */
export function milestoneOutcome(
  milestone: RollupMilestone,
  startsOn: string,
  endsOn: string,
): { inPeriod: boolean; due: boolean; late: boolean } {
  const { plannedOn, doneOn } = milestone;
  const due = plannedOn >= startsOn && plannedOn <= endsOn;
  const carriedOver = plannedOn < startsOn && (doneOn === null || doneOn >= startsOn);
  const late = plannedOn <= endsOn && (doneOn === null || doneOn > plannedOn);
  return { inPeriod: due || carriedOver, due, late };
}

/** The roll-up of one period over every assignment of the programme (see ON_COURSE_SHARE_RULE). */
export function rollUpProgramme(input: RollupInput): ProgrammeRollup {
  const counts = emptyCounts();
  const total = emptySum();
  const themes = new Map<string, { title: string; counts: StatusCounts; sum: SpendSum }>();
  const sources = new Map<string, SpendSum>();
  const overspentLines: OverspentLine[] = [];
  const kpis: KpiOutcome[] = [];
  const milestones: MilestoneOutcome[] = [];
  let numeratorCents = 0;
  let denominatorCents = 0;

  for (const assignment of input.assignments) {
    const report = assignment.report;
    const status = report ? report.status : 'no_report';
    counts[status] += 1;
    counts.total += 1;
    let theme = themes.get(assignment.themeId);
    if (!theme) {
      theme = { title: assignment.themeTitle, counts: emptyCounts(), sum: emptySum() };
      themes.set(assignment.themeId, theme);
    }
    theme.counts[status] += 1;
    theme.counts.total += 1;

    const spendByLine = new Map<string, { committed: number; spent: number }>();
    for (const line of report?.lines ?? []) {
      const known = spendByLine.get(line.budgetLineId) ?? { committed: 0, spent: 0 };
      known.committed += line.committedCents;
      known.spent += line.spentCents;
      spendByLine.set(line.budgetLineId, known);
    }
    let budget = 0;
    for (const line of assignment.budgetLines) {
      const spend = spendByLine.get(line.id) ?? { committed: 0, spent: 0 };
      budget += line.amountCents;
      addTo(total, line.amountCents, spend.committed, spend.spent);
      addTo(theme.sum, line.amountCents, spend.committed, spend.spent);
      const source = sources.get(line.source) ?? emptySum();
      addTo(source, line.amountCents, spend.committed, spend.spent);
      sources.set(line.source, source);
      if (spend.spent > line.amountCents) {
        overspentLines.push({
          assignmentId: assignment.id,
          code: assignment.code,
          source: line.source,
          budgetCents: line.amountCents,
          spentCents: spend.spent,
        });
      }
    }
    if (!report) continue;
    denominatorCents += budget;
    if (report.status === 'on_course') numeratorCents += budget;

    const latest = new Map<string, RollupKpiMeasurement>();
    for (const m of report.kpis) {
      const seen = latest.get(m.kpiId);
      if (!seen || m.measuredOn >= seen.measuredOn) latest.set(m.kpiId, m);
    }
    for (const m of latest.values()) {
      const direction = kpiDirection(m.baseline, m.target, m.direction);
      kpis.push({
        assignmentId: assignment.id,
        code: assignment.code,
        kpiId: m.kpiId,
        name: m.name,
        unit: m.unit,
        baseline: m.baseline,
        target: m.target,
        value: m.value,
        measuredOn: m.measuredOn,
        direction,
        outcome: kpiOutcome(m.value, m.target, direction),
      });
    }
    for (const milestone of report.milestones) {
      const { inPeriod, due, late } = milestoneOutcome(milestone, input.startsOn, input.endsOn);
      if (inPeriod) {
        milestones.push({
          ...milestone,
          assignmentId: assignment.id,
          code: assignment.code,
          due,
          late,
        });
      }
    }
  }

  return {
    counts,
    onCourseShare: {
      ruleCode: ON_COURSE_SHARE_RULE.code,
      numeratorCents,
      denominatorCents,
      share: denominatorCents > 0 ? numeratorCents / denominatorCents : null,
    },
    total: figures(total),
    byTheme: [...themes.entries()].map(([themeId, t]) => ({
      themeId,
      themeTitle: t.title,
      counts: t.counts,
      ...figures(t.sum),
    })),
    bySource: [...sources.entries()].map(([source, s]) => ({ source, ...figures(s) })),
    overspentLines,
    kpis,
    milestones: milestones.sort((a, b) => a.plannedOn.localeCompare(b.plannedOn)),
  };
}
