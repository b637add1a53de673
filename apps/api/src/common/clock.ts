import { Injectable } from '@nestjs/common';
import { todayInNetherlands } from '@koers/domain';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The one source of "today" and "now" in the API, so tests and demos can fix the date:
 * `KOERS_TODAY=YYYY-MM-DD` pins today (read on every call), or a test spies on `today()`.
 */
@Injectable()
export class Clock {
  /** Today as an ISO date (YYYY-MM-DD) in the Netherlands, where the councils meet. */
  today(): string {
    const pinned = process.env.KOERS_TODAY?.trim();
    if (pinned) {
      if (!ISO_DATE.test(pinned) || Number.isNaN(Date.parse(`${pinned}T00:00:00Z`))) {
        throw new Error(`KOERS_TODAY must be a date YYYY-MM-DD, got "${pinned}"`);
      }
      return pinned;
    }
    return todayInNetherlands(this.now());
  }

  now(): Date {
    return new Date();
  }
}
