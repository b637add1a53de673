/** Dates are ISO calendar dates (YYYY-MM-DD), compared as days in UTC, never as local times. */
const DAY_MS = 86_400_000;

function toDay(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.slice(0, 10));
  if (!match) throw new RangeError(`not a date (YYYY-MM-DD): ${isoDate}`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== isoDate.slice(0, 10)) {
    throw new RangeError(`not a real date: ${isoDate}`);
  }
  return time / DAY_MS;
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromDay(toDay(isoDate) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The last day a council can send its formal view: the day sent plus the window in weeks. */
export function consultationDeadline(sentOn: string, windowWeeks: number): string {
  if (!Number.isInteger(windowWeeks) || windowWeeks < 1) {
    throw new RangeError(`windowWeeks must be a whole number of at least 1, got ${windowWeeks}`);
  }
  return addDays(sentOn, windowWeeks * 7);
}

export type DeadlineState = 'on_time' | 'due_soon' | 'overdue';
export const DEADLINE_STATES: readonly DeadlineState[] = ['on_time', 'due_soon', 'overdue'];

/** A council still deciding is `due_soon` within this many days of the deadline. */
export const DUE_SOON_DAYS = 14;

/**
 * Where a council stands against the deadline. Undecided: overdue after the deadline, due soon
 * within 14 days of it, else on time. Decided: on time when the decision fell on or before the
 * deadline, overdue when it came late.
 */
export function deadlineState(input: {
  deadline: string;
  today: string;
  decidedOn?: string | null;
}): DeadlineState {
  if (input.decidedOn) {
    return daysBetween(input.decidedOn, input.deadline) >= 0 ? 'on_time' : 'overdue';
  }
  const left = daysBetween(input.today, input.deadline);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due_soon' : 'on_time';
}

// Built once, on first use: constructing an Intl.DateTimeFormat costs more than a whole API
// request's other date work (issue 7 profile), and the web app's pages that never ask for today
// should not pay for it while their scripts start.
let dutchDate: Intl.DateTimeFormat | undefined;

/** Today as an ISO date in the Netherlands, where the councils meet. */
export function todayInNetherlands(now: Date = new Date()): string {
  dutchDate ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dutchDate.format(now);
}
