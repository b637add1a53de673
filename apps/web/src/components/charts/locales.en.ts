import type { chartsNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const chartsEn: typeof chartsNl = {
  charts: {
    label: '{{title}}: chart; the figures are in the table “{{table}}”.',
  },
};
