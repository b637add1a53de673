import type { BestuursrapportageResponse } from '@koers/contracts';
import { ON_COURSE_SHARE_RULE } from '@koers/domain';
import { allText, nodesOf, readPdf, roles } from '../../../../test/documents/read-pdf';
import { renderBestuursrapportage } from './bestuursrapportage.pdf';

const spend = (budgetCents: number, spentCents: number) => ({
  budgetCents,
  committedCents: 0,
  spentCents,
  remainingCents: budgetCents - spentCents,
  overBudget: spentCents > budgetCents,
});
const counts = (on: number, att: number, off: number, none: number) => ({
  on_course: on,
  attention: att,
  off_course: off,
  no_report: none,
  total: on + att + off + none,
});
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function sampleReport(final: boolean): BestuursrapportageResponse {
  const periods = [
    {
      id: id(1),
      title: 'Voorjaarsrapportage 2025',
      position: 1,
      startsOn: '2025-01-01',
      dataUntil: '2025-04-30',
      dueOn: '2025-05-31',
    },
    {
      id: id(2),
      title: 'Najaarsrapportage 2025',
      position: 2,
      startsOn: '2025-05-01',
      dataUntil: '2025-08-31',
      dueOn: '2025-09-30',
    },
  ];
  return {
    programme: {
      id: id(10),
      title: 'Regionaal programma 2025',
      year: 2025,
      status: 'in_execution',
    },
    region: { id: id(11), name: 'Metropoolregio Eindhoven' },
    period: periods[1],
    rule: { ...ON_COURSE_SHARE_RULE },
    counts: counts(2, 1, 1, 1),
    onCourseShare: {
      ruleCode: ON_COURSE_SHARE_RULE.code,
      numeratorCents: 300_000_00,
      denominatorCents: 400_000_00,
      share: 0.75,
    },
    total: spend(500_000_00, 260_000_00),
    byTheme: [
      {
        themeId: id(20),
        themeTitle: 'Mobiliteit',
        counts: counts(1, 1, 0, 0),
        ...spend(300_000_00, 120_000_00),
      },
      {
        themeId: id(21),
        themeTitle: 'Energie',
        counts: counts(1, 0, 1, 1),
        ...spend(200_000_00, 140_000_00),
      },
    ],
    bySource: [
      { source: 'province', ...spend(100_000_00, 120_000_00) },
      { source: 'member_contribution', ...spend(400_000_00, 140_000_00) },
    ],
    overspentLines: [
      {
        assignmentId: id(30),
        code: 'M-01',
        title: 'Slimme mobiliteit',
        source: 'province',
        budgetCents: 100_000_00,
        spentCents: 120_000_00,
      },
    ],
    kpis: [
      {
        assignmentId: id(30),
        code: 'M-01',
        title: 'Slimme mobiliteit',
        kpiId: id(40),
        name: 'Deelfietsen',
        unit: 'stuks',
        baseline: 100,
        target: 400,
        value: 420,
        measuredOn: '2025-08-01',
        direction: 'increase',
        outcome: 'reached',
      },
    ],
    milestones: [
      {
        assignmentId: id(30),
        code: 'M-01',
        assignmentTitle: 'Slimme mobiliteit',
        title: 'Aanbesteding gegund',
        plannedOn: '2025-06-01',
        doneOn: null,
        due: true,
        late: true,
      },
    ],
    assignments: [
      {
        id: id(30),
        code: 'M-01',
        title: 'Slimme mobiliteit',
        themeTitle: 'Mobiliteit',
        status: 'attention',
        budgetCents: 200_000_00,
        spentCents: 81_250_50,
      },
    ],
    final: final
      ? { markedFinalAt: '2025-10-01T09:00:00.000Z', markedFinalBy: 'Bureau MRE', version: 1 }
      : null,
    periods,
    kpiTrends: [
      {
        kpiId: id(40),
        code: 'M-01',
        name: 'Deelfietsen',
        unit: 'stuks',
        baseline: 100,
        target: 400,
        points: [
          {
            periodId: id(1),
            periodTitle: 'Voorjaarsrapportage 2025',
            value: 250,
            measuredOn: '2025-04-01',
          },
          {
            periodId: id(2),
            periodTitle: 'Najaarsrapportage 2025',
            value: 420,
            measuredOn: '2025-08-01',
          },
        ],
      },
    ],
    councils: [
      {
        municipalityId: id(50),
        name: 'Eindhoven',
        paidCents: 123_456_78,
        assignments: [
          { id: id(30), code: 'M-01', title: 'Slimme mobiliteit', status: 'on_course' },
        ],
      },
    ],
  };
}

describe('renderBestuursrapportage', () => {
  it('is a tagged PDF with the roll-up tables, a chart beside each and each council part', async () => {
    const read = await readPdf(await renderBestuursrapportage(sampleReport(true)));
    expect(read.tagged).toBe(true);
    expect(read.language).toBe('nl-NL');
    expect(read.title).toBe('Bestuursrapportage Najaarsrapportage 2025 – Regionaal programma 2025');
    const text = allText(read);
    expect(text).toContain('Aandeel op koers naar begroting: 75%');
    expect(text).toContain('€ 300.000,00 van € 400.000,00');
    expect(text).toContain('Rekenregel:');
    expect(text).toContain('Definitief (versie 1)');
    expect(text).toContain('Eindhoven betaalt in 2025 € 123.456,78');
    expect(text).toContain('Te laat');
    // Each assignment with its status and spend, as the page shows it.
    expect(text).toMatch(
      /M-01 Slimme mobiliteit\s+Aandacht\s+nodig\s+€ 200\.000,00\s+€ 81\.250,50/,
    );
    // Status, status per theme, per assignment, spend per theme, per source, and the KPI trend.
    const figures = nodesOf(read, 'Figure');
    expect(figures).toHaveLength(6);
    expect(figures.every((f) => (f.alt ?? '').length > 20)).toBe(true);
    expect(roles(read).filter((r) => r === 'Table').length).toBeGreaterThanOrEqual(7);
    expect(read.outline.map((o) => o.title)).toEqual([
      'Bestuursrapportage Najaarsrapportage 2025 – Regionaal programma 2025',
    ]);
  });

  it('says it is a concept while it is not final', async () => {
    const text = allText(await readPdf(await renderBestuursrapportage(sampleReport(false))));
    expect(text).toContain(
      'Concept: het regiobureau heeft deze rapportage nog niet definitief gemaakt',
    );
  });
});
