/** Strings of the shared charts (components/charts), in Dutch (English: locales.en.ts). */
export const chartsNl = {
  charts: {
    label: '{{title}}: grafiek; de cijfers staan in de tabel „{{table}}”.',
  },
};
