import type { mandatesNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const mandatesEn: typeof mandatesNl = {
  mandates: {
    title: 'Mandate in execution',
    loading: 'Loading the mandate…',
    failed: 'The mandate could not be loaded.',
    term: 'Term',
    termUntil: 'until {{date}}',
    noTerm: 'No end date set.',
    nextReportBack: 'Next report-back',
    noNextReportBack: 'No report-back date ahead.',
    rule: {
      refuse: "Koers refuses a decision above the ceiling, as the region's agreement prescribes.",
      escalate:
        'A decision above the ceiling is recorded as a proposal to the board and does not count as used.',
    },
    decisions: {
      title: 'Decisions under the mandate',
      empty: 'No decisions have been recorded under this mandate yet.',
      date: 'Date',
      what: 'Decision',
      amount: 'Amount',
      by: 'By',
      minutes: 'Minutes',
      minutesLink: 'Minutes of {{date}}',
      escalated: 'put to the board',
      recordedBy: 'recorded by {{name}}',
    },
    deciders: {
      portfolio_holder: 'Portfolio holder',
      steering_group: 'Steering group',
    },
    form: {
      title: 'Record a decision',
      decidedOn: 'Date of the decision',
      description: 'What was decided',
      amount: 'Amount in euros',
      amountHint: 'For example 12,500.00',
      amountInvalid: 'Enter an amount in euros, with at most two decimals.',
      decidedBy: 'Decided by',
      minutesUrl: 'Link to the minutes (optional)',
      submit: 'Record decision',
      saved: 'The decision of {{amount}} has been recorded.',
      escalated:
        'The decision of {{amount}} goes above the ceiling and was recorded as a proposal to the board; it does not count as used.',
      failed: 'The decision could not be recorded.',
      refused: 'Not recorded: {{sentence}}',
    },
    accounts: {
      title: 'Accounts to the board',
      empty: 'No account has been recorded yet.',
      item: 'Report-back date {{date}}: reported on {{reportedOn}}.',
      formTitle: 'Record an account',
      reportBackDate: 'Report-back date',
      reportedOn: 'Date of the account',
      summary: 'Summary',
      minutesUrl: 'Link to the minutes (optional)',
      submit: 'Record account',
      saved: 'The account has been recorded.',
      failed: 'The account could not be recorded.',
      noDates: 'This mandate has no report-back dates without an account.',
    },
  },
};
