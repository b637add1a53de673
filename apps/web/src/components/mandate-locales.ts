/** Strings of the shared mandate-use bar and alerts (the portfolio page, an assignment, the start page). */
export const mandateUseNl = {
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
