/** Strings of the council pages about money: population, then and now, later years. Dutch first. */
const nl = {
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

const en: typeof nl = {
  councilMoney: {
    matrixFlag: 'amount changed since the decision:',
    matrixChanged_one:
      '1 council decided on an amount that has changed since; the table says so at that council.',
    matrixChanged_other:
      '{{count}} councils decided on an amount that has changed since; the table says so at those councils.',
    population: {
      withDate: '{{population}} (figure of {{date}})',
      stale:
        'Note: the population of {{name}} this contribution was computed with is of {{used}}, more than a year before this programme’s reference date ({{date}}).',
      missing:
        'Note: no population of {{name}} is known on or before this programme’s reference date ({{date}}); what is split by population cannot be computed for this municipality.',
    },
    since: {
      title: 'Amount at the decision and now',
      thenOnly: 'When the council decided ({{date}}) the contribution was {{amount}}.',
      unchanged: 'The contribution has not changed since the council decided ({{date}}).',
      changed: 'Amount changed since the decision: {{difference}}.',
      changedExplained:
        'When the council decided ({{date}}) the contribution was {{then}}; now it is {{now}}, for instance because another council declined an assignment or the regional bureau changed a budget.',
      caption: 'Contribution at the decision ({{date}}) and now, per assignment',
      assignment: 'Assignment',
      then: 'At the decision',
      now: 'Now',
      difference: 'Difference',
      total: 'Total',
    },
    chart: {
      perAssignment: 'Contribution per assignment',
      perYear: 'Later years: total per year',
    },
    later: {
      title: 'What later years will ask',
      intro:
        'This programme’s assignments continue after {{year}}. These amounts are in their budgets for later years; they are not part of the {{year}} contribution and are not in the total above.',
      caption: 'Later years, not in the {{year}} total',
      assignment: 'Assignment',
      year: 'In {{year}}',
      total: 'Total per year',
    },
  },
};

export const councilMoneyLocales = { nl, en };
