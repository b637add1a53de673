/** Strings of the shared mandate-use bar and alerts (the portfolio page, an assignment, the start page). */
const nl = {
  mandateUse: {
    figures: '{{used}} van {{ceiling}} gebruikt ({{percent}} %).',
    remaining: 'Nog {{remaining}} over.',
    over: 'Het plafond is {{over}} overschreden.',
    noCeiling: 'Geen budgetplafond vastgelegd; {{used}} besloten onder het mandaat.',
    escalated: 'Daarnaast {{escalated}} voorgelegd aan het bestuur (telt niet mee als gebruikt).',
    alerts: {
      title_one: 'Let op',
      title_other: 'Let op ({{count}} signalen)',
      ceiling: '{{percent}} % van het plafond van {{ceiling}} is gebruikt.',
      term_zero: 'Het mandaat loopt vandaag af ({{date}}).',
      term_one: 'Het mandaat loopt over {{count}} dag af ({{date}}).',
      term_other: 'Het mandaat loopt over {{count}} dagen af ({{date}}).',
      reportBack: 'Het terugkoppelmoment van {{date}} is voorbij en er is nog niet verantwoord.',
    },
  },
};

const en: typeof nl = {
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

export const mandateUseLocales = { nl, en };
