import fc from 'fast-check';
import { addDays } from '../deadlines/deadlines';
import {
  calendarProblems,
  DEFAULT_REPORTING_CALENDAR,
  isMonthDay,
  periodsOfYear,
  periodState,
  ReportingCalendarEntry,
} from './reporting-calendar';

describe('reporting calendar', () => {
  it('has a spring report on data up to 30 April and an autumn report up to 31 August', () => {
    expect(periodsOfYear(2025, DEFAULT_REPORTING_CALENDAR)).toEqual([
      {
        position: 1,
        kind: 'voorjaar',
        title: 'Voorjaarsrapportage 2025',
        dataUntil: '2025-04-30',
        dueOn: '2025-05-31',
      },
      {
        position: 2,
        kind: 'najaar',
        title: 'Najaarsrapportage 2025',
        dataUntil: '2025-08-31',
        dueOn: '2025-09-30',
      },
    ]);
    expect(calendarProblems(DEFAULT_REPORTING_CALENDAR)).toEqual([]);
  });

  it('knows which month-days exist in every year', () => {
    expect(isMonthDay('04-30')).toBe(true);
    expect(isMonthDay('04-31')).toBe(false);
    expect(isMonthDay('02-29')).toBe(false);
    expect(isMonthDay('13-01')).toBe(false);
    expect(isMonthDay('4-30')).toBe(false);
  });

  it('names the field of each problem', () => {
    const entries: ReportingCalendarEntry[] = [
      { kind: 'a', title: 'A', dataUntil: '06-30', dueOn: '06-01' },
      { kind: 'a', title: 'B', dataUntil: '05-31', dueOn: '02-30' },
    ];
    expect(calendarProblems(entries)).toEqual([
      { field: 'entries[0].dueOn', code: 'DUE_BEFORE_DATA' },
      { field: 'entries[1].dueOn', code: 'NOT_A_DAY' },
      { field: 'entries[1].kind', code: 'DUPLICATE_KIND' },
      { field: 'entries[1].dataUntil', code: 'NOT_IN_ORDER' },
    ]);
    expect(calendarProblems([])).toEqual([{ field: 'entries', code: 'EMPTY' }]);
  });

  it.each([
    ['2025-05-01', false, 'open'],
    ['2025-05-17', false, 'due_soon'],
    ['2025-05-31', false, 'due_soon'],
    ['2025-06-01', false, 'overdue'],
    ['2025-06-01', true, 'open'],
  ] as const)('on %s (delivered %s) a period due 31 May is %s', (today, done, state) => {
    expect(periodState({ dueOn: '2025-05-31', today, done })).toBe(state);
  });

  const monthDay = fc
    .date({
      min: new Date(Date.UTC(2025, 0, 1)),
      max: new Date(Date.UTC(2025, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(5, 10));

  it('turns every valid calendar into dated periods inside the programme year, due after their data', () => {
    const calendar = fc
      .uniqueArray(monthDay, { minLength: 1, maxLength: 12 })
      .map((days) => [...days].sort())
      .map((days) =>
        days.map((dataUntil, i) => ({
          kind: `k${i}`,
          title: `R${i}`,
          dataUntil,
          dueOn: dataUntil,
        })),
      );
    fc.assert(
      fc.property(calendar, fc.integer({ min: 2000, max: 2100 }), (entries, year) => {
        expect(calendarProblems(entries)).toEqual([]);
        const periods = periodsOfYear(year, entries);
        periods.forEach((p, i) => {
          expect(p.dataUntil.startsWith(String(year))).toBe(true);
          expect(p.dueOn >= p.dataUntil).toBe(true);
          if (i > 0) expect(p.dataUntil > periods[i - 1].dataUntil).toBe(true);
        });
      }),
    );
  });

  it('never calls a delivered report overdue, and an undelivered one overdue exactly after the due day', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(2020, 0, 1)),
        max: new Date(Date.UTC(2030, 0, 1)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (dueOn, offset) => {
        const today = addDays(dueOn, offset);
        expect(periodState({ dueOn, today, done: true })).toBe('open');
        expect(periodState({ dueOn, today }) === 'overdue').toBe(offset > 0);
      }),
    );
  });
});
