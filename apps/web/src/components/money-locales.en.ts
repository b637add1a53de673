import type { moneyNl } from './money-locales';

/** English of ./money-locales.ts: the same keys (a missing or extra one does not compile). */
export const moneyEn: typeof moneyNl = {
  moneyWarnings: {
    titleBeforeSending: 'Before sending to the councils: the contributions',
    title: 'About the contributions',
    referenceDate:
      'This programme’s reference date is {{date}}. Koers splits by the latest population on or before that date.',
    missing_one:
      'No population is known on or before {{date}} for 1 municipality, so what goes by population cannot be split:',
    missing_other:
      'No population is known on or before {{date}} for {{count}} municipalities, so what goes by population cannot be split:',
    stale_one:
      'For 1 municipality the latest population is more than a year older than the reference date ({{date}}):',
    stale_other:
      'For {{count}} municipalities the latest population is more than a year older than the reference date ({{date}}):',
    and: 'and',
    howToFix: 'Choose a municipality to record its population with date and source.',
    needsPayers:
      '{{code}}, budget line {{n}} (extra contribution {{year}}, {{amount}}): it does not say yet which municipalities pay. Until the line is updated, every participant pays a part.',
    fixPayers: 'Choose the payers in {{code}}',
  },
};
