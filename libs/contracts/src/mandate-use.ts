import type { MandateAlert } from '@koers/domain';

/** What has been used of a mandate, and its alerts, as of `today`. */
export interface MandateUse {
  ceilingCents: number | null;
  /** The sum of the decisions within the mandate (escalated ones not counted). */
  usedCents: number;
  remainingCents: number | null;
  /** used / ceiling for display (above 1 when passed); null without a ceiling. */
  shareUsed: number | null;
  /** The sum of the escalated decisions, for information. */
  escalatedCents: number;
  validFrom: string | null;
  validUntil: string | null;
  nextReportBack: string | null;
  alerts: MandateAlert[];
  today: string;
}
