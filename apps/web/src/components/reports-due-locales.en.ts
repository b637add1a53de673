import type { reportsDueNl } from './reports-due-locales';

/** English of ./reports-due-locales.ts: the same keys (a missing or extra one does not compile). */
export const reportsDueEn: typeof reportsDueNl = {
  reportsDue: {
    title: 'Progress reports you still owe',
    loading: 'Loading your progress reports…',
    failed: 'Your progress reports could not be loaded.',
    item: '{{code}} {{title}}: {{period}}',
    dueOn: 'Due by {{date}}',
    statuses: {
      missing: 'still to write',
      draft: 'draft, not yet submitted',
      returned: 'returned by the regional bureau',
    },
    late: 'late',
    comment: 'Comment of the regional bureau: “{{comment}}”',
    empty:
      'No progress report is open for you. Once a programme is in execution, each assignment’s report you still owe and its due date appear here.',
  },
};
