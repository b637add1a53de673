import type { BestuursrapportageResponse } from '@koers/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/mock-api';
import { renderRoute } from '../../test/render-route';

const meAs = (role: string) => ({
  user: { id: 'u1', email: 'x@koers.demo', name: 'X', isPlatformAdmin: false },
  roles: [
    {
      regionId: 'r1',
      regionName: 'Metropoolregio Eindhoven',
      role,
      municipalityId: null,
      municipalityName: null,
      personId: null,
    },
  ],
  csrfToken: 'csrf',
});

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
const period = {
  id: 'q2',
  title: 'Najaarsrapportage 2025',
  position: 2,
  startsOn: '2025-05-01',
  dataUntil: '2025-08-31',
  dueOn: '2025-09-30',
};

const report: BestuursrapportageResponse = {
  programme: { id: 'p1', title: 'Werkprogramma 2025', year: 2025, status: 'in_execution' },
  region: { id: 'r1', name: 'Metropoolregio Eindhoven' },
  period,
  rule: {
    code: 'budget-weighted-on-course-v1',
    nl: 'Aandeel op koers = som ÷ som.',
    en: 'Share = sum ÷ sum.',
  },
  counts: counts(1, 1, 1, 1),
  onCourseShare: {
    ruleCode: 'budget-weighted-on-course-v1',
    numeratorCents: 350_000_00,
    denominatorCents: 560_000_00,
    share: 0.625,
  },
  total: spend(760_000_00, 180_000_00),
  byTheme: [
    {
      themeId: 't1',
      themeTitle: 'Mobiliteit',
      counts: counts(1, 1, 1, 1),
      ...spend(760_000_00, 180_000_00),
    },
  ],
  bySource: [
    { source: 'province', ...spend(210_000_00, 50_000_00) },
    { source: 'member_contribution', ...spend(350_000_00, 130_000_00) },
  ],
  overspentLines: [
    {
      assignmentId: 'a2',
      code: 'A2',
      title: 'Woondeals',
      source: 'member_contribution',
      budgetCents: 120_000_00,
      spentCents: 130_000_00,
    },
  ],
  kpis: [
    {
      assignmentId: 'a1',
      code: 'A1',
      title: 'Snelfietsroutes',
      kpiId: 'k1',
      name: 'Kilometers',
      unit: 'km',
      baseline: 10,
      target: 40,
      value: 42,
      measuredOn: '2025-08-01',
      direction: 'increase',
      outcome: 'reached',
    },
  ],
  milestones: [
    {
      assignmentId: 'a1',
      code: 'A1',
      assignmentTitle: 'Snelfietsroutes',
      title: 'Tracé vastgesteld',
      plannedOn: '2025-06-01',
      doneOn: null,
      due: true,
      late: true,
    },
  ],
  assignments: [],
  final: null,
  periods: [period],
  kpiTrends: [
    {
      kpiId: 'k1',
      code: 'A1',
      name: 'Kilometers',
      unit: 'km',
      baseline: 10,
      target: 40,
      points: [
        {
          periodId: 'q2',
          periodTitle: 'Najaarsrapportage 2025',
          value: 42,
          measuredOn: '2025-08-01',
        },
      ],
    },
  ],
  councils: [
    {
      municipalityId: 'hlm',
      name: 'Helmond',
      paidCents: 123_456_78,
      assignments: [{ id: 'a1', code: 'A1', title: 'Snelfietsroutes', status: 'on_course' }],
    },
  ],
};

const path = '/programmes/p1/reporting-periods/q2/bestuursrapportage';

describe('the bestuursrapportage page', () => {
  it('shows the share by its rule, the tables, and lets the bureau mark it final', async () => {
    const calls = mockApi({
      '/auth/me': meAs('bureau'),
      [path]: report,
      [`POST ${path}/final`]: {
        status: 201,
        body: { markedFinalAt: '2025-10-01T09:00:00.000Z', markedFinalBy: 'X', version: 1 },
      },
    });
    renderRoute('/programma/p1/bestuursrapportage/q2');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Bestuursrapportage Najaarsrapportage 2025',
    );
    expect(
      screen.getByText('Aandeel op koers naar begroting: 62,5% (€ 350.000,00 van € 560.000,00).'),
    ).toBeVisible();
    expect(screen.getByText(/Aandeel op koers = som ÷ som\./)).toBeVisible();
    const bySource = screen.getByRole('table', { name: 'Besteding per financieringsbron' });
    expect(within(bySource).getByRole('row', { name: /Provincie/ })).toHaveTextContent(
      '€ 50.000,00',
    );
    const over = screen.getByRole('table', { name: 'Begrotingsregels boven begroting' });
    expect(within(over).getByRole('row', { name: /A2 Woondeals/ })).toHaveTextContent(
      '€ 130.000,00',
    );
    expect(screen.getByRole('row', { name: /Tracé vastgesteld/ })).toHaveTextContent('Te laat');
    expect(screen.getByText(/Helmond betaalt in 2025 € 123\.456,78/)).toBeVisible();
    expect(screen.getByText(/Concept: het regiobureau/)).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: 'Definitief maken en openbaar publiceren' }),
    );
    expect(
      calls.some((c) => c.method === 'POST' && c.path.endsWith('/bestuursrapportage/final')),
    ).toBe(true);
  });

  it('shows a final report without the bureau action to a board member', async () => {
    mockApi({
      '/auth/me': meAs('board'),
      [path]: {
        ...report,
        final: {
          markedFinalAt: '2025-10-01T09:00:00.000Z',
          markedFinalBy: 'Bureau MRE',
          version: 1,
        },
      },
    });
    renderRoute('/programma/p1/bestuursrapportage/q2');
    expect(
      await screen.findByText(/Definitief \(versie 1\), vastgesteld door Bureau MRE/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Definitief maken/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Openbare versie van deze pagina' })).toHaveAttribute(
      'href',
      '/openbaar/programma/p1/bestuursrapportage/q2',
    );
  });

  it('says it cannot be shown when the API answers 404 (a council before it is final)', async () => {
    mockApi({ '/auth/me': meAs('council') });
    renderRoute('/programma/p1/bestuursrapportage/q2');
    expect(await screen.findByText(/De bestuursrapportage kon niet worden geladen/)).toBeVisible();
  });
});
