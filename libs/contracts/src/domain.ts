/**
 * The rules' types and lists, defined once in `@koers/domain`: the contracts speak in them and
 * pass them on, so API and web name a status, a key or an error code the same way.
 */
export {
  CONTRIBUTION_KEY_TYPES,
  COUNCIL_DECISION_STATUSES,
  DEADLINE_STATES,
  ERROR_CODES,
  MANDATE_ALERT_KINDS,
  MANDATE_DECIDERS,
  MANDATE_OVERRUN_RULES,
  PAYER_SPLITS,
  POPULATION_STATUSES,
  PROGRAMME_STATUSES,
  PERIOD_STATES,
  PROGRESS_COURSES,
  PROGRESS_REPORT_STATES,
  REPORT_STATUSES_IN_OVERVIEW,
  RISK_LEVELS,
  ROLE_NAMES,
  STATUSES_WITH_VIEW,
  STATUSES_WITHOUT_VIEW,
  TRANSITION_REFUSAL_CODES,
} from '@koers/domain';
export type {
  ContributionKeySpec,
  ContributionKeyType,
  CouncilDecisionStatus,
  DeadlineState,
  ErrorCode,
  PayerSplit,
  PopulationStatus,
  ProgrammeStatus,
  PeriodState,
  ProgressCourse,
  ProgressReportState,
  ReportingCalendarEntry,
  ReportStatusInOverview,
  RiskLevel,
  RoleName,
  TransitionRefusalCode,
} from '@koers/domain';
