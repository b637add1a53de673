import fc from 'fast-check';
import { addDays } from '../deadlines/deadlines';
import {
  courseExplanationMissing,
  isMilestoneLate,
  isReportEditable,
  isReportReviewable,
  overspendExplanationMissing,
  PROGRESS_COURSES,
  remainingCents,
} from './progress-report-rules';

describe('progress report rules', () => {
  it('asks for an explanation when the assignment is not on course', () => {
    expect(courseExplanationMissing('op_koers', '')).toBe(false);
    expect(courseExplanationMissing('aandacht_nodig', '  ')).toBe(true);
    expect(courseExplanationMissing('niet_op_koers', '')).toBe(true);
    expect(courseExplanationMissing('niet_op_koers', 'Vergunning vertraagd')).toBe(false);
  });

  it('allows spending above budget only with an explanation', () => {
    expect(
      overspendExplanationMissing({ budgetCents: 100, spentCents: 100, explanation: '' }),
    ).toBe(false);
    expect(
      overspendExplanationMissing({ budgetCents: 100, spentCents: 101, explanation: '' }),
    ).toBe(true);
    expect(
      overspendExplanationMissing({ budgetCents: 100, spentCents: 101, explanation: 'Meerwerk' }),
    ).toBe(false);
  });

  it('flags a milestone late when its planned date passed undone, or when it was done after it', () => {
    const planned = '2025-04-15';
    expect(isMilestoneLate({ plannedOn: planned, doneOn: null, today: '2025-04-15' })).toBe(false);
    expect(isMilestoneLate({ plannedOn: planned, doneOn: null, today: '2025-04-16' })).toBe(true);
    expect(isMilestoneLate({ plannedOn: planned, doneOn: '2025-04-10', today: '2025-09-01' })).toBe(
      false,
    );
    expect(isMilestoneLate({ plannedOn: planned, doneOn: '2025-04-20', today: '2025-04-20' })).toBe(
      true,
    );
  });

  it('lets writers edit a draft or a returned report; only a submitted one is reviewed', () => {
    expect(isReportEditable('draft')).toBe(true);
    expect(isReportEditable('returned')).toBe(true);
    expect(isReportEditable('submitted')).toBe(false);
    expect(isReportEditable('accepted')).toBe(false);
    expect(isReportReviewable('submitted')).toBe(true);
    expect(isReportReviewable('accepted')).toBe(false);
  });

  it('keeps budget = spent + remaining to the cent, and requires a reason exactly when spent > budget', () => {
    const cents = fc.integer({ min: 0, max: 10_000_000_000_00 });
    fc.assert(
      fc.property(cents, cents, (budget, spent) => {
        expect(spent + remainingCents(budget, spent)).toBe(budget);
        expect(
          overspendExplanationMissing({ budgetCents: budget, spentCents: spent, explanation: '' }),
        ).toBe(spent > budget);
      }),
    );
  });

  it('only on course needs no explanation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRESS_COURSES), fc.string(), (course, text) => {
        const missing = courseExplanationMissing(course, text);
        expect(missing).toBe(course !== 'op_koers' && text.trim() === '');
      }),
    );
  });

  it('a milestone done on or before its plan is never late, whatever today is', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(2020, 0, 1)),
        max: new Date(Date.UTC(2030, 0, 1)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -100, max: 100 }),
        (plannedOn, doneOffset, todayOffset) => {
          const doneOn = addDays(plannedOn, doneOffset);
          const today = addDays(plannedOn, todayOffset);
          expect(isMilestoneLate({ plannedOn, doneOn, today })).toBe(doneOffset > 0);
          expect(isMilestoneLate({ plannedOn, doneOn: null, today })).toBe(todayOffset > 0);
        },
      ),
    );
  });
});
