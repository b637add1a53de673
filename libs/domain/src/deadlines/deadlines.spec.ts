import fc from 'fast-check';
import {
  addDays,
  consultationDeadline,
  daysBetween,
  deadlineState,
  todayInNetherlands,
} from './deadlines';

describe('deadlines', () => {
  it('gives councils twelve weeks from the day the programme is sent', () => {
    expect(consultationDeadline('2026-05-22', 12)).toBe('2026-08-14');
  });

  it('counts across month, year and leap-day boundaries', () => {
    expect(consultationDeadline('2027-12-20', 12)).toBe('2028-03-13');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the DST change
  });

  it('refuses impossible dates and windows', () => {
    expect(() => consultationDeadline('2026-02-30', 12)).toThrow('not a real date');
    expect(() => consultationDeadline('2026-05-22', 0)).toThrow('windowWeeks');
  });

  it.each([
    ['2026-07-01', undefined, 'on_time'],
    ['2026-07-31', undefined, 'due_soon'],
    ['2026-08-14', undefined, 'due_soon'],
    ['2026-08-15', undefined, 'overdue'],
    ['2026-09-01', '2026-08-14', 'on_time'],
    ['2026-09-01', '2026-08-20', 'overdue'],
  ])('on %s, decided on %s, a council is %s', (today, decidedOn, state) => {
    expect(deadlineState({ deadline: '2026-08-14', today, decidedOn })).toBe(state);
  });

  it('uses the Dutch calendar day, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(todayInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('addDays and daysBetween are each other’s inverse', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (date, days) => {
          const start = date.toISOString().slice(0, 10);
          expect(daysBetween(start, addDays(start, days))).toBe(days);
        },
      ),
    );
  });
});
