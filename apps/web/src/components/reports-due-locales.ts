/** Strings of the shared list of progress reports a portfolio holder still owes (start page, portfolio). */
export const reportsDueNl = {
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
