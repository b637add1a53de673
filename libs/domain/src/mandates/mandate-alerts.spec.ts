import fc from 'fast-check';
import {
  mandateAlerts,
  nextReportBackDate,
  overdueReportBacks,
  termEndsSoon,
} from './mandate-alerts';

describe('mandate alerts', () => {
  it('warns when the term ends within 30 days, not after 31 or once ended', () => {
    expect(termEndsSoon('2025-12-31', '2025-12-01')).toBe(true);
    expect(termEndsSoon('2025-12-31', '2025-12-31')).toBe(true);
    expect(termEndsSoon('2026-01-01', '2025-12-01')).toBe(false);
    expect(termEndsSoon('2025-11-30', '2025-12-01')).toBe(false);
    expect(termEndsSoon(null, '2025-12-01')).toBe(false);
  });

  it('lists report-back dates passed without an account, oldest first', () => {
    expect(
      overdueReportBacks(['2025-10-01', '2025-04-01', '2025-12-15'], ['2025-04-01'], '2025-12-01'),
    ).toEqual(['2025-10-01']);
    expect(overdueReportBacks(['2025-12-01'], [], '2025-12-01')).toEqual([]);
  });

  it('finds the next report-back date on or after today', () => {
    expect(nextReportBackDate(['2026-03-01', '2025-12-15', '2025-04-01'], '2025-12-01')).toBe(
      '2025-12-15',
    );
    expect(nextReportBackDate(['2025-04-01'], '2025-12-01')).toBeNull();
  });

  it('gives every alert of a mandate at once', () => {
    expect(
      mandateAlerts(
        {
          ceilingCents: 250_000_00,
          usedCents: 212_500_00,
          validUntil: '2025-12-20',
          reportBackDates: ['2025-06-30', '2025-11-15'],
          accountedDates: ['2025-06-30'],
        },
        '2025-12-01',
      ),
    ).toEqual([
      { kind: 'ceiling', usedCents: 212_500_00, ceilingCents: 250_000_00 },
      { kind: 'term', validUntil: '2025-12-20', daysLeft: 19 },
      { kind: 'report_back', date: '2025-11-15' },
    ]);
  });

  const isoDate = fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('never lists an accounted or future date as overdue', () => {
    fc.assert(
      fc.property(fc.array(isoDate), fc.array(isoDate), isoDate, (dates, accounted, today) => {
        for (const d of overdueReportBacks(dates, accounted, today)) {
          expect(d < today).toBe(true);
          expect(accounted).not.toContain(d);
          expect(dates).toContain(d);
        }
      }),
    );
  });
});
