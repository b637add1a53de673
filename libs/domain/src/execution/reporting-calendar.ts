import { daysBetween } from '../deadlines/deadlines';

/**
 * A region's reporting calendar (issue 16 §1): the reports of a programme year, each with the day
 * its data runs up to and the day it is due, as month-day pairs ("04-30") that every programme year
 * turns into dates. The default is the spring and autumn report most regions use.
 */
export interface ReportingCalendarEntry {
  /** A short stable key ("voorjaar", "najaar"); unique within the calendar. */
  kind: string;
  /** The report's name as the region uses it ("Voorjaarsrapportage"). */
  title: string;
  /** MM-DD: the data runs up to and including this day of the programme year. */
  dataUntil: string;
  /** MM-DD: the report is due on this day; on or after dataUntil, in the same year. */
  dueOn: string;
}

export const DEFAULT_REPORTING_CALENDAR: readonly ReportingCalendarEntry[] = [
  { kind: 'voorjaar', title: 'Voorjaarsrapportage', dataUntil: '04-30', dueOn: '05-31' },
  { kind: 'najaar', title: 'Najaarsrapportage', dataUntil: '08-31', dueOn: '09-30' },
];

/** At most this many reports a year (a monthly report is the most anyone asks for). */
export const MAX_CALENDAR_ENTRIES = 12;

/** Periods are `due_soon` within this many days of their due date. */
export const PERIOD_DUE_SOON_DAYS = 14;

export type CalendarProblem =
  | { field: string; code: 'EMPTY' | 'TOO_MANY' }
  | { field: string; code: 'NOT_A_DAY' | 'DUE_BEFORE_DATA' | 'DUPLICATE_KIND' | 'NOT_IN_ORDER' };

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `value` is a MM-DD day that exists in every year (29 February does not). */
export function isMonthDay(value: string): boolean {
  const match = MONTH_DAY.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= 28;
  return day <= DAYS_IN_MONTH[month - 1];
}

/**
 * What is wrong with a calendar, each problem naming its field as `entries[i].field`: the entries
 * must be real days, due on or after their data, in the order of their data, with distinct kinds.
 */
export function calendarProblems(entries: readonly ReportingCalendarEntry[]): CalendarProblem[] {
  if (entries.length === 0) return [{ field: 'entries', code: 'EMPTY' }];
  if (entries.length > MAX_CALENDAR_ENTRIES) return [{ field: 'entries', code: 'TOO_MANY' }];
  const problems: CalendarProblem[] = [];
  const kinds = new Set<string>();
  entries.forEach((entry, i) => {
    const at = `entries[${i}]`;
    const dataOk = isMonthDay(entry.dataUntil);
    const dueOk = isMonthDay(entry.dueOn);
    if (!dataOk) problems.push({ field: `${at}.dataUntil`, code: 'NOT_A_DAY' });
    if (!dueOk) problems.push({ field: `${at}.dueOn`, code: 'NOT_A_DAY' });
    if (dataOk && dueOk && entry.dueOn < entry.dataUntil) {
      problems.push({ field: `${at}.dueOn`, code: 'DUE_BEFORE_DATA' });
    }
    if (kinds.has(entry.kind)) problems.push({ field: `${at}.kind`, code: 'DUPLICATE_KIND' });
    kinds.add(entry.kind);
    const previous = entries[i - 1];
    if (
      previous &&
      dataOk &&
      isMonthDay(previous.dataUntil) &&
      entry.dataUntil <= previous.dataUntil
    ) {
      problems.push({ field: `${at}.dataUntil`, code: 'NOT_IN_ORDER' });
    }
  });
  return problems;
}

/** A programme year's reporting period as stored: the calendar entry made into dates. */
export interface PeriodDates {
  position: number;
  kind: string;
  title: string;
  dataUntil: string;
  dueOn: string;
}

/** The periods of a programme year under a calendar, in order (positions 1, 2, …). */
export function periodsOfYear(
  year: number,
  entries: readonly ReportingCalendarEntry[],
): PeriodDates[] {
  const y = String(year).padStart(4, '0');
  return entries.map((entry, i) => ({
    position: i + 1,
    kind: entry.kind,
    title: `${entry.title} ${year}`,
    dataUntil: `${y}-${entry.dataUntil}`,
    dueOn: `${y}-${entry.dueOn}`,
  }));
}

export type PeriodState = 'open' | 'due_soon' | 'overdue';
export const PERIOD_STATES: readonly PeriodState[] = ['open', 'due_soon', 'overdue'];

/**
 * Where a period stands for one report on `today`: overdue after its due date, due soon within
 * 14 days of it, otherwise open. A report already submitted or accepted does not make the period
 * overdue for that report: pass `done` for it and the answer is `open`.
 */
export function periodState(input: { dueOn: string; today: string; done?: boolean }): PeriodState {
  if (input.done) return 'open';
  const left = daysBetween(input.today, input.dueOn);
  if (left < 0) return 'overdue';
  return left <= PERIOD_DUE_SOON_DAYS ? 'due_soon' : 'open';
}

/** Whether an ISO date lies in the programme's year. */
export function isInYear(isoDate: string, year: number): boolean {
  return isoDate.slice(0, 4) === String(year).padStart(4, '0');
}
