import { ceilingAlert, MANDATE_TERM_ALERT_DAYS } from './mandate-use';

/** Whole days from one ISO date (YYYY-MM-DD) to another; negative when `to` lies before `from`. */
export function daysFromTo(from: string, to: string): number {
  const day = 86_400_000;
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      day,
  );
}

/** Whether the term ends today or within the next 30 days (not when it has already ended). */
export function termEndsSoon(validUntil: string | null, today: string): boolean {
  if (validUntil === null) return false;
  const days = daysFromTo(today, validUntil);
  return days >= 0 && days <= MANDATE_TERM_ALERT_DAYS;
}

/** The report-back dates before today for which no account was recorded, oldest first. */
export function overdueReportBacks(
  reportBackDates: readonly string[],
  accountedDates: readonly string[],
  today: string,
): string[] {
  const accounted = new Set(accountedDates.map((d) => d.slice(0, 10)));
  return [...new Set(reportBackDates.map((d) => d.slice(0, 10)))]
    .filter((d) => d < today && !accounted.has(d))
    .sort();
}

/** The first report-back date on or after today, or null. */
export function nextReportBackDate(
  reportBackDates: readonly string[],
  today: string,
): string | null {
  return (
    [...reportBackDates]
      .map((d) => d.slice(0, 10))
      .sort()
      .find((d) => d >= today) ?? null
  );
}

export type MandateAlert =
  | { kind: 'ceiling'; usedCents: number; ceilingCents: number }
  | { kind: 'term'; validUntil: string; daysLeft: number }
  | { kind: 'report_back'; date: string };

export const MANDATE_ALERT_KINDS = ['ceiling', 'term', 'report_back'] as const;

export interface MandateState {
  ceilingCents: number | null;
  usedCents: number;
  validUntil: string | null;
  reportBackDates: readonly string[];
  accountedDates: readonly string[];
}

/**
 * The alerts of a mandate on `today`: 80 % of the ceiling used, the term ends within 30 days,
 * and one per report-back date passed without an account.
 */
export function mandateAlerts(state: MandateState, today: string): MandateAlert[] {
  const alerts: MandateAlert[] = [];
  if (state.ceilingCents !== null && ceilingAlert(state.ceilingCents, state.usedCents)) {
    alerts.push({ kind: 'ceiling', usedCents: state.usedCents, ceilingCents: state.ceilingCents });
  }
  if (state.validUntil !== null && termEndsSoon(state.validUntil, today)) {
    alerts.push({
      kind: 'term',
      validUntil: state.validUntil,
      daysLeft: daysFromTo(today, state.validUntil),
    });
  }
  for (const date of overdueReportBacks(state.reportBackDates, state.accountedDates, today)) {
    alerts.push({ kind: 'report_back', date });
  }
  return alerts;
}
