import type { mandateUseNl } from './mandate-locales';

/** English of ./mandate-locales.ts: the same keys (a missing or extra one does not compile). */
export const mandateUseEn: typeof mandateUseNl = {
  mandateUse: {
    figures: '{{used}} of {{ceiling}} used ({{percent}} %).',
    remaining: '{{remaining}} left.',
    over: 'The ceiling is exceeded by {{over}}.',
    noCeiling: 'No budget ceiling set; {{used}} decided under the mandate.',
    escalated: 'Besides that, {{escalated}} put to the board (not counted as used).',
    alerts: {
      title_one: 'Attention',
      title_other: 'Attention ({{count}} alerts)',
      ceiling: '{{percent}} % of the {{ceiling}} ceiling is used.',
      term_zero: 'The mandate ends today ({{date}}).',
      term_one: 'The mandate ends in {{count}} day ({{date}}).',
      term_other: 'The mandate ends in {{count}} days ({{date}}).',
      reportBack: 'The report-back date of {{date}} has passed without an account.',
    },
  },
};
