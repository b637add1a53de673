import type {
  KpiOutcome,
  MilestoneOutcome,
  OverspentLine,
  ProgrammeStatus,
  ProgressStatus,
  SourceRollup,
  SpendFigures,
  StatusCounts,
  ThemeRollup,
} from '@koers/domain';
import type { FundingSource } from './assignment';

/** An assignment's standing in the period: its accepted report's status, or none. */
export type RollupAssignmentStatus = ProgressStatus | 'no_report';
export const ROLLUP_ASSIGNMENT_STATUSES: readonly RollupAssignmentStatus[] = [
  'on_course',
  'attention',
  'off_course',
  'no_report',
];

export interface RollupPeriod {
  id: string;
  title: string;
  position: number;
  /** First day the period covers: the day after the previous period's data, or 1 January. */
  startsOn: string;
  /** Data up to and including this day. */
  dataUntil: string;
  dueOn: string;
}

export interface RollupRule {
  code: string;
  /** The rule in a sentence, Dutch and English. */
  nl: string;
  en: string;
}

export interface RollupAssignmentRow {
  id: string;
  code: string;
  title: string;
  themeTitle: string;
  status: RollupAssignmentStatus;
  budgetCents: number;
  spentCents: number;
}

export interface RollupSourceRow extends SourceRollup {
  source: FundingSource;
}

/** `GET /programmes/:programmeId/reporting-periods/:periodId/rollup`. */
export interface ProgrammeRollupResponse {
  programme: { id: string; title: string; year: number; status: ProgrammeStatus };
  region: { id: string; name: string };
  period: RollupPeriod;
  rule: RollupRule;
  counts: StatusCounts;
  onCourseShare: {
    ruleCode: string;
    numeratorCents: number;
    denominatorCents: number;
    share: number | null;
  };
  total: SpendFigures;
  byTheme: ThemeRollup[];
  bySource: RollupSourceRow[];
  overspentLines: (OverspentLine & { title: string })[];
  kpis: (KpiOutcome & { title: string })[];
  milestones: (MilestoneOutcome & { assignmentTitle: string })[];
  assignments: RollupAssignmentRow[];
}

/** One measurement of a KPI in an accepted report of a period up to this one. */
export interface KpiTrendPoint {
  periodId: string;
  periodTitle: string;
  value: number;
  measuredOn: string;
}

export interface KpiTrend {
  kpiId: string;
  code: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  points: KpiTrendPoint[];
}

/** What one member municipality paid for the programme's year and what it got for it. */
export interface CouncilPart {
  municipalityId: string;
  name: string;
  /** Its contribution for the programme's year; null when the split cannot be made exactly. */
  paidCents: number | null;
  assignments: { id: string; code: string; title: string; status: RollupAssignmentStatus }[];
}

export interface BestuursrapportageFinal {
  markedFinalAt: string;
  markedFinalBy: string;
  version: number;
}

/** `GET /programmes/:programmeId/reporting-periods/:periodId/bestuursrapportage`. */
export interface BestuursrapportageResponse extends ProgrammeRollupResponse {
  /** Null while it is a draft: then only the region's own people (not the councils) see it. */
  final: BestuursrapportageFinal | null;
  periods: RollupPeriod[];
  kpiTrends: KpiTrend[];
  councils: CouncilPart[];
}

/** `GET /programmes/:programmeId/bestuursrapportages`: the periods whose report the caller may read. */
export interface BestuursrapportageListItem {
  periodId: string;
  title: string;
  dataUntil: string;
  final: BestuursrapportageFinal | null;
}
