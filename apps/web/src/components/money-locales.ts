/** Strings of the shared money components (warnings before sending), Dutch first. */
const nl = {
  moneyWarnings: {
    titleBeforeSending: 'Let op vóór het verzenden aan de raden: de bijdragen',
    title: 'Let op bij de bijdragen',
    referenceDate:
      'De peildatum van dit programma is {{date}}. Koers verdeelt naar het laatste inwonertal op of vóór die datum.',
    missing_one:
      'Van 1 gemeente is geen inwonertal bekend op of vóór {{date}}, dus wat naar inwonertal gaat kan niet worden verdeeld:',
    missing_other:
      'Van {{count}} gemeenten is geen inwonertal bekend op of vóór {{date}}, dus wat naar inwonertal gaat kan niet worden verdeeld:',
    stale_one:
      'Van 1 gemeente is het laatste inwonertal meer dan een jaar ouder dan de peildatum ({{date}}):',
    stale_other:
      'Van {{count}} gemeenten is het laatste inwonertal meer dan een jaar ouder dan de peildatum ({{date}}):',
    and: 'en',
    howToFix: 'Kies een gemeente om haar inwonertal met datum en bron vast te leggen.',
    needsPayers:
      '{{code}}, begrotingsregel {{n}} (extra bijdrage {{year}}, {{amount}}): er staat nog niet bij welke gemeenten betalen. Tot de regel is bijgewerkt, betalen alle deelnemers mee.',
    fixPayers: 'Betalers kiezen in {{code}}',
  },
};

const en: typeof nl = {
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

export const moneyLocales = { nl, en };
