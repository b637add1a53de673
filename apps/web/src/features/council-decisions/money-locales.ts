/** Strings of the council pages about money: population, then and now, later years; in Dutch (English: money-locales.en.ts). */
export const councilMoneyNl = {
  councilMoney: {
    matrixFlag: 'bedrag gewijzigd sinds besluit:',
    matrixChanged_one:
      '1 raad besloot over een bedrag dat sindsdien is gewijzigd; dat staat bij die raad in de tabel.',
    matrixChanged_other:
      '{{count}} raden besloten over een bedrag dat sindsdien is gewijzigd; dat staat bij die raden in de tabel.',
    population: {
      withDate: '{{population}} (cijfer van {{date}})',
      stale:
        'Let op: het inwonertal van {{name}} waarmee deze bijdrage is berekend is van {{used}}, meer dan een jaar vóór de peildatum van dit programma ({{date}}).',
      missing:
        'Let op: van {{name}} is geen inwonertal bekend op of vóór de peildatum van dit programma ({{date}}); wat naar inwonertal wordt verdeeld, kan voor deze gemeente niet worden berekend.',
    },
    since: {
      title: 'Bedrag bij het besluit en nu',
      thenOnly: 'Bij het besluit van de raad ({{date}}) was de bijdrage {{amount}}.',
      unchanged: 'De bijdrage is niet gewijzigd sinds het besluit van de raad ({{date}}).',
      changed: 'Bedrag gewijzigd sinds besluit: {{difference}}.',
      changedExplained:
        'Toen de raad besloot ({{date}}) was de bijdrage {{then}}; nu is die {{now}}, bijvoorbeeld omdat een andere raad een opdracht afwees of het regiobureau een begroting wijzigde.',
      caption: 'Bijdrage bij het besluit ({{date}}) en nu, per opdracht',
      assignment: 'Opdracht',
      then: 'Bij het besluit',
      now: 'Nu',
      difference: 'Verschil',
      total: 'Totaal',
    },
    chart: {
      perAssignment: 'Bijdrage per opdracht',
      perYear: 'Latere jaren: totaal per jaar',
    },
    later: {
      title: 'Wat latere jaren vragen',
      intro:
        'De opdrachten van dit programma lopen door na {{year}}. Deze bedragen staan in hun begroting voor latere jaren; ze horen niet bij de bijdrage van {{year}} en tellen niet mee in het totaal hierboven.',
      caption: 'Latere jaren, niet in het totaal van {{year}}',
      assignment: 'Opdracht',
      year: 'In {{year}}',
      total: 'Totaal per jaar',
    },
  },
};
