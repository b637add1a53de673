/** Strings of the shared charts (components/charts). */
export const chartsLocales = {
  nl: {
    charts: {
      label: '{{title}}: grafiek; de cijfers staan in de tabel „{{table}}”.',
    },
  },
  en: {
    charts: {
      label: '{{title}}: chart; the figures are in the table “{{table}}”.',
    },
  },
};
