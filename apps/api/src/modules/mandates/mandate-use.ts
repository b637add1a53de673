import type { MandateUse } from '@koers/contracts';
import {
  mandateAlerts,
  mandateRemainingCents,
  mandateShareUsed,
  nextReportBackDate,
} from '@koers/domain';
import { toSafeInteger } from '../../common/bigint.transformer';

/** The mandate columns of an assignment with the sums of its decisions, as one row of SQL. */
export interface MandateUseRow {
  ceiling_cents: string | null;
  valid_from: string | null;
  valid_until: string | null;
  report_back_dates: string[];
  used_cents: string;
  escalated_cents: string;
  accounted_dates: string[];
}

/**
 * The SQL select list of {@link MandateUseRow} for the assignment aliased `a`: the decisions
 * within the mandate summed as used, the escalated ones apart, the dates accounted for.
 */
export const MANDATE_USE_COLUMNS = `
  a.mandate_budget_ceiling_cents::text AS ceiling_cents,
  a.mandate_valid_from::text AS valid_from,
  a.mandate_valid_until::text AS valid_until,
  a.mandate_report_back_dates::text[] AS report_back_dates,
  (SELECT coalesce(sum(d.amount_cents) FILTER (WHERE NOT d.escalated), 0)::text
     FROM mandate_decisions d WHERE d.assignment_id = a.id) AS used_cents,
  (SELECT coalesce(sum(d.amount_cents) FILTER (WHERE d.escalated), 0)::text
     FROM mandate_decisions d WHERE d.assignment_id = a.id) AS escalated_cents,
  (SELECT coalesce(array_agg(x.report_back_date::text), '{}')
     FROM mandate_accounts x WHERE x.assignment_id = a.id) AS accounted_dates`;

/** What has been used of the mandate, and its alerts on `today`. */
export function toMandateUse(row: MandateUseRow, today: string): MandateUse {
  const ceilingCents = row.ceiling_cents === null ? null : toSafeInteger(row.ceiling_cents);
  const usedCents = toSafeInteger(row.used_cents);
  return {
    ceilingCents,
    usedCents,
    remainingCents: mandateRemainingCents(ceilingCents, usedCents),
    shareUsed: mandateShareUsed(ceilingCents, usedCents),
    escalatedCents: toSafeInteger(row.escalated_cents),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    nextReportBack: nextReportBackDate(row.report_back_dates, today),
    alerts: mandateAlerts(
      {
        ceilingCents,
        usedCents,
        validUntil: row.valid_until,
        reportBackDates: row.report_back_dates,
        accountedDates: row.accounted_dates,
      },
      today,
    ),
    today,
  };
}
