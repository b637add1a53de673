/** Strings of the shared money components (warnings before sending), Dutch first. */
const nl = {
  moneyWarnings: {
    titleBeforeSending_one: 'Let op vóór het verzenden aan de raden: 1 punt bij de bijdragen',
    titleBeforeSending_other:
      'Let op vóór het verzenden aan de raden: {{count}} punten bij de bijdragen',
    title_one: 'Let op bij de bijdragen: 1 punt',
    title_other: 'Let op bij de bijdragen: {{count}} punten',
    referenceDate:
      'De peildatum van dit programma is {{date}}. Koers verdeelt naar het laatste inwonertal op of vóór die datum.',
    missing:
      '{{name}}: geen inwonertal op of vóór {{date}}; de bijdragen kunnen niet naar inwonertal worden verdeeld.',
    stale:
      '{{name}}: het inwonertal is van {{used}}, meer dan een jaar vóór de peildatum ({{date}}).',
    needsPayers:
      '{{code}}, begrotingsregel {{n}} (extra bijdrage {{year}}, {{amount}}): er staat nog niet bij welke gemeenten betalen. Tot de regel is bijgewerkt, betalen alle deelnemers mee.',
    fixPopulation: 'Inwonertal van {{name}} vastleggen',
    fixPayers: 'Betalers kiezen in {{code}}',
  },
};

const en: typeof nl = {
  moneyWarnings: {
    titleBeforeSending_one: 'Before sending to the councils: 1 point about the contributions',
    titleBeforeSending_other:
      'Before sending to the councils: {{count}} points about the contributions',
    title_one: 'About the contributions: 1 point',
    title_other: 'About the contributions: {{count}} points',
    referenceDate:
      'This programme’s reference date is {{date}}. Koers splits by the latest population on or before that date.',
    missing:
      '{{name}}: no population on or before {{date}}; the contributions cannot be split by population.',
    stale:
      '{{name}}: the population is of {{used}}, more than a year before the reference date ({{date}}).',
    needsPayers:
      '{{code}}, budget line {{n}} (extra contribution {{year}}, {{amount}}): it does not say yet which municipalities pay. Until the line is updated, every participant pays a part.',
    fixPopulation: 'Record the population of {{name}}',
    fixPayers: 'Choose the payers in {{code}}',
  },
};

export const moneyLocales = { nl, en };
