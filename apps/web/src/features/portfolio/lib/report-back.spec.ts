import { daysBetween, nextReportBack, todayIso } from './report-back';

describe('report-back dates', () => {
  it('picks the first date on or after today, whatever the order given', () => {
    expect(nextReportBack(['2026-11-01', '2026-03-01', '2026-06-15'], '2026-05-20')).toBe(
      '2026-06-15',
    );
    expect(nextReportBack(['2026-05-20'], '2026-05-20')).toBe('2026-05-20');
  });

  it('has none when every date has passed or none were set', () => {
    expect(nextReportBack(['2025-01-01'], '2026-05-20')).toBeNull();
    expect(nextReportBack([], '2026-05-20')).toBeNull();
  });

  it('counts days between dates and gives today as a date', () => {
    expect(daysBetween('2026-05-20', '2026-06-15')).toBe(26);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
