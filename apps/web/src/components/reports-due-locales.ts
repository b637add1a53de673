/** Strings of the shared list of progress reports a portfolio holder still owes (start page, portfolio). */
const nl = {
  reportsDue: {
    title: 'Voortgangsrapportages die je nog moet inleveren',
    loading: 'Je voortgangsrapportages worden geladen…',
    failed: 'Je voortgangsrapportages konden niet worden geladen.',
    item: '{{code}} {{title}}: {{period}}',
    dueOn: 'Uiterlijk {{date}}',
    statuses: {
      missing: 'nog te schrijven',
      draft: 'concept, nog niet ingediend',
      returned: 'teruggestuurd door het regiobureau',
    },
    late: 'te laat',
    comment: 'Opmerking van het regiobureau: “{{comment}}”',
    empty:
      'Er staat geen voortgangsrapportage voor je open. Zodra een programma in uitvoering is, zie je hier per opdracht welke rapportage je nog moet inleveren en wanneer.',
  },
};

const en: typeof nl = {
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

export const reportsDueLocales = { nl, en };
