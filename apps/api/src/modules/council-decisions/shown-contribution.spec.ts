import { decisionAmounts, decisionAmountSummary } from './shown-contribution';

const shownAt = new Date('2026-05-12T10:00:00Z');
const a1 = { assignmentId: 'a1', code: 'A1' };
const a2 = { assignmentId: 'a2', code: 'A2' };

describe('decisionAmounts', () => {
  it('compares nothing for a decision without a stored amount', () => {
    expect(
      decisionAmounts({ shownTotalCents: null, shownByAssignment: null, shownAt: null }, null),
    ).toEqual({
      shownContribution: null,
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    });
  });

  it('says then, now and the difference, per assignment and in total', () => {
    const result = decisionAmounts(
      { shownTotalCents: 1_000_00, shownByAssignment: [{ ...a1, amountCents: 1_000_00 }], shownAt },
      {
        totalCents: 2_268_77,
        byAssignment: [
          { ...a1, amountCents: 1_000_00 },
          { ...a2, amountCents: 1_268_77 },
        ],
      },
    );
    expect(result.amountChangedSinceDecision).toBe(true);
    expect(result.shownContribution).toEqual({
      totalCents: 1_000_00,
      byAssignment: [{ ...a1, amountCents: 1_000_00 }],
      shownAt: '2026-05-12T10:00:00.000Z',
    });
    expect(result.contributionSinceDecision).toEqual({
      thenCents: 1_000_00,
      nowCents: 2_268_77,
      differenceCents: 1_268_77,
      byAssignment: [
        { ...a1, thenCents: 1_000_00, nowCents: 1_000_00, differenceCents: 0 },
        { ...a2, thenCents: 0, nowCents: 1_268_77, differenceCents: 1_268_77 },
      ],
    });
  });

  it('flags a shift between assignments even when the total stayed the same', () => {
    const result = decisionAmounts(
      { shownTotalCents: 100, shownByAssignment: [{ ...a1, amountCents: 100 }], shownAt },
      { totalCents: 100, byAssignment: [{ ...a2, amountCents: 100 }] },
    );
    expect(result.amountChangedSinceDecision).toBe(true);
    expect(result.contributionSinceDecision?.differenceCents).toBe(0);
  });
});

describe('decisionAmountSummary (the matrix row)', () => {
  const then = { shownTotalCents: 100, shownByAssignment: [{ ...a1, amountCents: 100 }], shownAt };

  it('carries the totals and the difference, without a list per assignment', () => {
    const result = decisionAmountSummary(then, {
      totalCents: 250,
      byAssignment: [
        { ...a1, amountCents: 100 },
        { ...a2, amountCents: 150 },
      ],
    });
    expect(result).toEqual({
      shownContribution: { totalCents: 100, shownAt: '2026-05-12T10:00:00.000Z' },
      amountChangedSinceDecision: true,
      contributionSinceDecision: { thenCents: 100, nowCents: 250, differenceCents: 150 },
    });
  });

  it.each([
    ['the same amounts', [{ ...a1, amountCents: 100 }], false],
    [
      'an assignment added at 0',
      [
        { ...a1, amountCents: 100 },
        { ...a2, amountCents: 0 },
      ],
      false,
    ],
    ['a shift between assignments', [{ ...a2, amountCents: 100 }], true],
    [
      'a shift within the same total',
      [
        { ...a1, amountCents: 40 },
        { ...a2, amountCents: 60 },
      ],
      true,
    ],
  ])('flags a change exactly as the full answer does: %s', (_, now, changed) => {
    const amount = { totalCents: 100, byAssignment: now };
    expect(decisionAmountSummary(then, amount).amountChangedSinceDecision).toBe(changed);
    expect(decisionAmounts(then, amount).amountChangedSinceDecision).toBe(changed);
  });

  it("compares nothing without a stored amount or without today's split", () => {
    const none = { shownTotalCents: null, shownByAssignment: null, shownAt: null };
    expect(decisionAmountSummary(none, { totalCents: 1, byAssignment: [] })).toEqual({
      shownContribution: null,
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    });
    expect(decisionAmountSummary(then, null)).toEqual({
      shownContribution: { totalCents: 100, shownAt: '2026-05-12T10:00:00.000Z' },
      amountChangedSinceDecision: false,
      contributionSinceDecision: null,
    });
  });
});
