import type { councilMoneyNl } from './money-locales';

/** English of ./money-locales.ts: the same keys (a missing or extra one does not compile). */
export const councilMoneyEn: typeof councilMoneyNl = {
  councilMoney: {
    matrixFlag: 'amount changed since the decision:',
    matrixChanged_one:
      '1 council decided on an amount that has changed since; the table says so at that council.',
    matrixChanged_other:
      '{{count}} councils decided on an amount that has changed since; the table says so at those councils.',
    population: {
      withDate: '{{population}} (figure of {{date}})',
      stale:
        'Note: the population of {{name}} this contribution was computed with is of {{used}}, more than a year before this programme’s reference date ({{date}}).',
      missing:
        'Note: no population of {{name}} is known on or before this programme’s reference date ({{date}}); what is split by population cannot be computed for this municipality.',
    },
    since: {
      title: 'Amount at the decision and now',
      thenOnly: 'When the council decided ({{date}}) the contribution was {{amount}}.',
      unchanged: 'The contribution has not changed since the council decided ({{date}}).',
      changed: 'Amount changed since the decision: {{difference}}.',
      changedExplained:
        'When the council decided ({{date}}) the contribution was {{then}}; now it is {{now}}, for instance because another council declined an assignment or the regional bureau changed a budget.',
      caption: 'Contribution at the decision ({{date}}) and now, per assignment',
      assignment: 'Assignment',
      then: 'At the decision',
      now: 'Now',
      difference: 'Difference',
      total: 'Total',
    },
    chart: {
      perAssignment: 'Contribution per assignment',
      perYear: 'Later years: total per year',
    },
    later: {
      title: 'What later years will ask',
      intro:
        'This programme’s assignments continue after {{year}}. These amounts are in their budgets for later years; they are not part of the {{year}} contribution and are not in the total above.',
      caption: 'Later years, not in the {{year}} total',
      assignment: 'Assignment',
      year: 'In {{year}}',
      total: 'Total per year',
    },
  },
};
