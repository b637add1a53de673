import type {
  KpiTrend,
  ProgrammeRollupResponse,
  RollupAssignmentStatus,
  RollupPeriod,
} from '@koers/contracts';
import {
  ON_COURSE_SHARE_RULE,
  parseKpiNumber,
  rollUpProgramme,
  type ProgressStatus,
  type RollupAssignment,
} from '@koers/domain';
import type { ReadAssignment, ReadKpiValue, ReadProgramme, StoredCourse } from './rollup-read';

const STATUS_OF: Record<StoredCourse, ProgressStatus> = {
  op_koers: 'on_course',
  aandacht_nodig: 'attention',
  niet_op_koers: 'off_course',
};

const cents = (value: number | string) => Number(value);

function toRollupAssignment(a: ReadAssignment): RollupAssignment {
  return {
    id: a.id,
    code: a.code,
    title: a.title,
    themeId: a.themeId,
    themeTitle: a.themeTitle,
    budgetLines: a.budgetLines.map((l) => ({ ...l, amountCents: cents(l.amountCents) })),
    report: a.report && {
      status: STATUS_OF[a.report.course],
      lines: a.report.lines.map((l) => ({
        budgetLineId: l.budgetLineId,
        committedCents: cents(l.committedCents),
        spentCents: cents(l.spentCents),
      })),
      kpis: a.report.kpis.flatMap((k) => {
        const value = parseKpiNumber(k.value);
        if (value === null) return [];
        return [
          {
            kpiId: k.kpiId,
            name: k.name,
            unit: k.unit,
            baseline: parseKpiNumber(k.baseline),
            target: parseKpiNumber(k.target),
            value,
            measuredOn: k.measuredOn,
          },
        ];
      }),
      milestones: a.report.milestones,
    },
  };
}

/** The roll-up answer of one period, computed by the domain rule over what was read. */
export function buildRollup(
  programme: ReadProgramme,
  period: RollupPeriod,
  read: ReadAssignment[],
): ProgrammeRollupResponse {
  const assignments = read.map(toRollupAssignment);
  const rollup = rollUpProgramme({
    startsOn: period.startsOn,
    endsOn: period.dataUntil,
    assignments,
  });
  const titles = new Map(read.map((a) => [a.id, a.title]));
  const titleOf = (id: string) => titles.get(id) ?? '';
  return {
    programme: {
      id: programme.id,
      title: programme.title,
      year: programme.year,
      status: programme.status,
    },
    region: { id: programme.regionId, name: programme.regionName },
    period,
    rule: { ...ON_COURSE_SHARE_RULE },
    counts: rollup.counts,
    onCourseShare: rollup.onCourseShare,
    total: rollup.total,
    byTheme: rollup.byTheme,
    bySource: rollup.bySource.map((s) => ({
      ...s,
      source: s.source as ProgrammeRollupResponse['bySource'][number]['source'],
    })),
    overspentLines: rollup.overspentLines.map((l) => ({ ...l, title: titleOf(l.assignmentId) })),
    kpis: rollup.kpis.map((k) => ({ ...k, title: titleOf(k.assignmentId) })),
    milestones: rollup.milestones.map((m) => ({ ...m, assignmentTitle: titleOf(m.assignmentId) })),
    assignments: assignments.map((a) => {
      const spent = new Map(a.report?.lines.map((l) => [l.budgetLineId, l.spentCents]) ?? []);
      return {
        id: a.id,
        code: a.code,
        title: a.title,
        themeTitle: a.themeTitle,
        status: statusOf(a),
        budgetCents: a.budgetLines.reduce((sum, l) => sum + l.amountCents, 0),
        spentCents: a.budgetLines.reduce((sum, l) => sum + (spent.get(l.id) ?? 0), 0),
      };
    }),
  };
}

export const statusOf = (a: RollupAssignment): RollupAssignmentStatus =>
  a.report ? a.report.status : 'no_report';

/** Per KPI its latest value in each period up to this one (numbers only), oldest first. */
export function buildKpiTrends(values: ReadKpiValue[]): KpiTrend[] {
  const trends = new Map<string, KpiTrend>();
  for (const v of values) {
    const value = parseKpiNumber(v.value);
    if (value === null) continue;
    let trend = trends.get(v.kpiId);
    if (!trend) {
      trend = {
        kpiId: v.kpiId,
        code: v.code,
        name: v.name,
        unit: v.unit,
        baseline: parseKpiNumber(v.baseline),
        target: parseKpiNumber(v.target),
        points: [],
      };
      trends.set(v.kpiId, trend);
    }
    const point = {
      periodId: v.periodId,
      periodTitle: v.periodTitle,
      value,
      measuredOn: v.measuredOn,
    };
    const last = trend.points[trend.points.length - 1];
    // Rows come ordered by period and date: a later value of the same period replaces it.
    if (last?.periodId === v.periodId) trend.points[trend.points.length - 1] = point;
    else trend.points.push(point);
  }
  return [...trends.values()];
}
