/** Strings of the shared money components (warnings before sending), in Dutch (English: money-locales.en.ts). */
export const moneyNl = {
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
