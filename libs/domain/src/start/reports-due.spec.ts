import { currentReportingPeriod, periodReportCounts } from './reports-due';

const spring = { id: 'spring', dataUntil: '2025-04-30', dueOn: '2025-05-31' };
const autumn = { id: 'autumn', dataUntil: '2025-08-31', dueOn: '2025-09-30' };

describe('the reports a start page speaks of', () => {
  it('takes as current period the last whose data period has ended, else the first', () => {
    expect(currentReportingPeriod([spring, autumn], '2025-03-01')?.id).toBe('spring');
    expect(currentReportingPeriod([spring, autumn], '2025-04-30')?.id).toBe('spring');
    expect(currentReportingPeriod([spring, autumn], '2025-06-15')?.id).toBe('spring');
    expect(currentReportingPeriod([spring, autumn], '2025-09-01')?.id).toBe('autumn');
    expect(currentReportingPeriod([spring, autumn], '2026-10-01')?.id).toBe('autumn');
    expect(currentReportingPeriod([], '2026-10-01')).toBeNull();
  });

  it('counts the assignments without a report as missing, and late only after the due date', () => {
    const input = {
      assignmentCount: 5,
      written: { accepted: 2, returned: 1, draft: 1 },
      dueOn: '2025-09-30',
    };
    expect(periodReportCounts({ ...input, today: '2025-09-30' })).toEqual({
      missing: 1,
      draft: 1,
      submitted: 0,
      returned: 1,
      accepted: 2,
      late: 0,
    });
    expect(periodReportCounts({ ...input, today: '2025-10-01' }).late).toBe(3);
  });
});
