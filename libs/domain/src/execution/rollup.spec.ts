import fc from 'fast-check';
import {
  milestoneOutcome,
  parseKpiNumber,
  PROGRESS_STATUSES,
  rollUpProgramme,
  type RollupAssignment,
  type RollupInput,
} from './rollup';

const line = (id: string, source: string, amountCents: number) => ({ id, source, amountCents });

function assignment(over: Partial<RollupAssignment> & { id: string }): RollupAssignment {
  return {
    code: over.id.toUpperCase(),
    title: `Opdracht ${over.id}`,
    themeId: 't1',
    themeTitle: 'Mobiliteit',
    budgetLines: [],
    report: null,
    ...over,
  };
}

const period = { startsOn: '2025-01-01', endsOn: '2025-04-30' };

describe('rollUpProgramme', () => {
  it('weights the share on course by budget, never by averaging percentages', () => {
    const rollup = rollUpProgramme({
      ...period,
      assignments: [
        assignment({
          id: 'a',
          budgetLines: [line('a1', 'province', 900_000_00)],
          report: { status: 'on_course', lines: [], kpis: [], milestones: [] },
        }),
        assignment({
          id: 'b',
          budgetLines: [line('b1', 'member_contribution', 100_000_00)],
          report: { status: 'off_course', lines: [], kpis: [], milestones: [] },
        }),
        assignment({ id: 'c', budgetLines: [line('c1', 'eu', 5_000_000_00)] }),
      ],
    });
    // One of two reported assignments is on course (an average would say 0.5); by budget 0.9.
    expect(rollup.onCourseShare).toEqual({
      ruleCode: 'budget-weighted-on-course-v1',
      numeratorCents: 900_000_00,
      denominatorCents: 1_000_000_00,
      share: 0.9,
    });
    expect(rollup.counts).toEqual({
      on_course: 1,
      attention: 0,
      off_course: 1,
      no_report: 1,
      total: 3,
    });
  });

  it('has no share when no assignment with a budget has reported', () => {
    const rollup = rollUpProgramme({ ...period, assignments: [assignment({ id: 'a' })] });
    expect(rollup.onCourseShare.share).toBeNull();
    expect(rollup.counts.no_report).toBe(1);
  });

  it('adds spend per theme, per source and in total, and flags a line over its budget', () => {
    const rollup = rollUpProgramme({
      ...period,
      assignments: [
        assignment({
          id: 'a',
          budgetLines: [line('a1', 'province', 10_000), line('a2', 'eu', 5_000)],
          report: {
            status: 'attention',
            lines: [
              { budgetLineId: 'a1', committedCents: 2_000, spentCents: 12_001 },
              { budgetLineId: 'a2', committedCents: 0, spentCents: 1_000 },
            ],
            kpis: [],
            milestones: [],
          },
        }),
        assignment({
          id: 'b',
          themeId: 't2',
          themeTitle: 'Wonen',
          budgetLines: [line('b1', 'province', 7_000)],
          report: {
            status: 'on_course',
            lines: [{ budgetLineId: 'b1', committedCents: 1, spentCents: 3_000 }],
            kpis: [],
            milestones: [],
          },
        }),
      ],
    });
    expect(rollup.total).toEqual({
      budgetCents: 22_000,
      committedCents: 2_001,
      spentCents: 16_001,
      remainingCents: 5_999,
      overBudget: false,
    });
    const province = rollup.bySource.find((s) => s.source === 'province');
    expect(province).toMatchObject({ budgetCents: 17_000, spentCents: 15_001 });
    const mobility = rollup.byTheme.find((t) => t.themeId === 't1');
    expect(mobility).toMatchObject({ budgetCents: 15_000, spentCents: 13_001, overBudget: false });
    expect(rollup.overspentLines).toEqual([
      { assignmentId: 'a', code: 'A', source: 'province', budgetCents: 10_000, spentCents: 12_001 },
    ]);
  });

  it('judges the latest KPI value of the period against its target in the KPI direction', () => {
    const kpi = (kpiId: string, baseline: number, target: number, value: number, on: string) => ({
      kpiId,
      name: kpiId,
      unit: '',
      baseline,
      target,
      value,
      measuredOn: on,
    });
    const rollup = rollUpProgramme({
      ...period,
      assignments: [
        assignment({
          id: 'a',
          report: {
            status: 'on_course',
            lines: [],
            kpis: [
              kpi('up', 10, 20, 25, '2025-02-01'),
              kpi('up', 10, 20, 15, '2025-04-01'),
              kpi('down', 50, 30, 29, '2025-03-01'),
            ],
            milestones: [],
          },
        }),
      ],
    });
    expect(rollup.kpis.map((k) => [k.kpiId, k.value, k.direction, k.outcome])).toEqual([
      ['up', 15, 'increase', 'missed'],
      ['down', 29, 'decrease', 'reached'],
    ]);
  });

  it('lists the milestones due in the period and those still late from before', () => {
    const m = (title: string, plannedOn: string, doneOn: string | null) => ({
      title,
      plannedOn,
      doneOn,
    });
    const rollup = rollUpProgramme({
      ...period,
      assignments: [
        assignment({
          id: 'a',
          report: {
            status: 'on_course',
            lines: [],
            kpis: [],
            milestones: [
              m('op tijd', '2025-02-01', '2025-01-30'),
              m('te laat klaar', '2025-03-01', '2025-03-20'),
              m('open en verlopen', '2025-04-01', null),
              m('nog niet aan de beurt', '2025-06-01', null),
              m('al eerder klaar', '2024-11-01', '2024-10-01'),
              m('oud en nog open', '2024-11-01', null),
            ],
          },
        }),
      ],
    });
    expect(rollup.milestones.map((x) => [x.title, x.due, x.late])).toEqual([
      ['oud en nog open', false, true],
      ['op tijd', true, false],
      ['te laat klaar', true, true],
      ['open en verlopen', true, true],
    ]);
  });
});

describe('milestoneOutcome', () => {
  it('counts a milestone planned on the last day and not done as late', () => {
    expect(
      milestoneOutcome(
        { title: 'x', plannedOn: '2025-04-30', doneOn: null },
        '2025-01-01',
        '2025-04-30',
      ),
    ).toEqual({ inPeriod: true, due: true, late: true });
  });
});

describe('parseKpiNumber', () => {
  it.each([
    ['1.250', 1250],
    ['12,5 %', 12.5],
    ['-3', -3],
    ['2.5', 2.5],
    ['n.v.t.', null],
    ['', null],
    ['1 250', 1250],
    ['19/21', 19],
    // A quarter is a date, not 42,026 (the demo KPI "Besluitrijpe voorkeursvariant").
    ['Q4 2026', null],
    ['CO2-uitstoot 30 %', null],
  ])('%s → %s', (text, value) => expect(parseKpiNumber(text)).toBe(value));
});

const cents = fc.integer({ min: 0, max: 50_000_000_000 });
const statusOrNone = fc.constantFrom(...PROGRESS_STATUSES, null);

const inputArb: fc.Arbitrary<RollupInput> = fc
  .array(
    fc.record({
      theme: fc.constantFrom('t1', 't2', 't3'),
      lines: fc.array(
        fc.record({ source: fc.constantFrom('province', 'eu', 'national'), amount: cents }),
        { maxLength: 4 },
      ),
      status: statusOrNone,
      spend: fc.array(fc.record({ committed: cents, spent: cents }), { maxLength: 4 }),
    }),
    { maxLength: 12 },
  )
  .map((rows) => ({
    ...period,
    assignments: rows.map((row, i) =>
      assignment({
        id: `a${i}`,
        themeId: row.theme,
        themeTitle: row.theme,
        budgetLines: row.lines.map((l, j) => line(`a${i}-${j}`, l.source, l.amount)),
        report: row.status
          ? {
              status: row.status,
              lines: row.spend.map((s, j) => ({
                budgetLineId: `a${i}-${j}`,
                committedCents: s.committed,
                spentCents: s.spent,
              })),
              kpis: [],
              milestones: [],
            }
          : null,
      }),
    ),
  }));

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('rollUpProgramme properties', () => {
  it('keeps the share between 0 and 1 and its numerator within its denominator', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { share, numeratorCents, denominatorCents } = rollUpProgramme(input).onCourseShare;
        expect(numeratorCents).toBeLessThanOrEqual(denominatorCents);
        if (share === null) expect(denominatorCents).toBe(0);
        else {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('sums to the cent: the total equals the sum of the themes and of the sources', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = rollUpProgramme(input);
        const budget = sum(
          input.assignments.flatMap((a) => a.budgetLines.map((l) => l.amountCents)),
        );
        expect(r.total.budgetCents).toBe(budget);
        for (const key of [
          'budgetCents',
          'committedCents',
          'spentCents',
          'remainingCents',
        ] as const) {
          expect(sum(r.byTheme.map((t) => t[key]))).toBe(r.total[key]);
          expect(sum(r.bySource.map((s) => s[key]))).toBe(r.total[key]);
          expect(Number.isInteger(r.total[key])).toBe(true);
        }
        expect(r.total.remainingCents).toBe(r.total.budgetCents - r.total.spentCents);
      }),
    );
  });

  it('counts every assignment once, by status and by theme', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = rollUpProgramme(input);
        const { on_course, attention, off_course, no_report, total } = r.counts;
        expect(on_course + attention + off_course + no_report).toBe(total);
        expect(total).toBe(input.assignments.length);
        expect(sum(r.byTheme.map((t) => t.counts.total))).toBe(total);
      }),
    );
  });
});
