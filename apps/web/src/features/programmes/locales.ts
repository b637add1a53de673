/** Strings of the programme workspace (header, sub-navigation, totals), in Dutch (English: locales.en.ts). */
export const programmesNl = {
  workspace: {
    summary: 'Jaarprogramma {{year}} · status: {{status}}',
    subNavigation: 'Onderdelen van dit programma',
    loading: 'Programma wordt geladen…',
    failed: 'Dit programma kon niet worden geladen. Bestaat het wel?',
    links: {
      assignments: 'Opdrachten',
      lifecycle: 'Besluitvorming',
      ratification: 'Besluiten van de raden',
      history: 'Geschiedenis',
      log: 'Logboek',
    },
    totals: {
      title: 'Totalen',
      summary_one:
        '{{count}} opdracht, samen {{amount}} begroot; capaciteit {{fte}} fte en {{hours}} uur.',
      summary_other:
        '{{count}} opdrachten, samen {{amount}} begroot; capaciteit {{fte}} fte en {{hours}} uur.',
      amount: 'Bedrag',
      total: 'Totaal',
      byTheme: 'Begroting per opgave',
      theme: 'Opgave',
      bySource: 'Begroting per financieringsbron',
      source: 'Bron',
      byYear: 'Begroting per jaar',
      year: 'Jaar',
    },
    fundingSources: {
      member_contribution: 'Bijdrage van de gemeenten',
      extra_member_contribution: 'Extra bijdrage van enkele gemeenten',
      province: 'Provincie',
      national: 'Rijk',
      eu: 'Europese Unie',
      private: 'Private partners',
      other: 'Overig',
    },
  },
  programmeNew: {
    title: 'Nieuw jaarprogramma',
    intro:
      'Begin het programma voor een nieuw jaar. Daarna voegt het regiobureau de opdrachten toe; het programma blijft een concept tot het naar het bestuur gaat.',
    button: 'Nieuw jaarprogramma',
    bureauOnly: 'Alleen het regiobureau van deze regio begint een nieuw jaarprogramma.',
    back: 'Terug naar {{region}}',
    defaultTitle: 'Werkprogramma {{year}} {{region}}',
    fields: {
      year: 'Jaar',
      title: 'Titel',
      introduction: 'Inleiding',
      populationReferenceDate: 'Peildatum inwonertallen',
      viewWindowWeeks: 'Termijn voor zienswijzen (weken)',
    },
    help: {
      introduction: 'Wat de regio dit jaar samen wil bereiken; de raden lezen dit eerst.',
      populationReferenceDate:
        'De inwonertallen op deze datum bepalen wat elke gemeente betaalt. Leeg: 1 januari {{year}}.',
      viewWindowWeeks: 'Leeg: de termijn van de regio, {{weeks}} weken.',
      takeOver:
        'De opdrachten die niet klaar of vervallen zijn, zoals ze nu zijn en met hun stuurgroep, met hun begroting en capaciteit vanaf {{year}}. Daarna past het regiobureau ze aan.',
    },
    takeOver: 'Neem de lopende opdrachten over uit {{from}}',
    yearTaken: 'Deze regio heeft al een programma voor {{year}}; kies een ander jaar.',
    checkFields_one: 'Controleer {{count}} veld:',
    checkFields_other: 'Controleer {{count}} velden:',
    failed: 'Het programma is niet aangemaakt: {{message}}',
    create: 'Programma aanmaken',
    creating: 'Programma wordt aangemaakt…',
    cancel: 'Annuleren',
    created: 'Jaarprogramma {{year}} is aangemaakt. Voeg nu de opdrachten toe.',
    createdWithCopies_one:
      'Jaarprogramma {{year}} is aangemaakt met {{count}} lopende opdracht uit {{from}}. Werk die bij voor het nieuwe jaar.',
    createdWithCopies_other:
      'Jaarprogramma {{year}} is aangemaakt met {{count}} lopende opdrachten uit {{from}}. Werk ze bij voor het nieuwe jaar.',
    createdCopyFailed:
      'Jaarprogramma {{year}} is aangemaakt, maar de opdrachten uit {{from}} zijn niet overgenomen: {{message}} Voeg ze zelf toe.',
  },
  programmeEdit: {
    button: 'Programma bewerken',
    title: 'Programma bewerken',
    back: 'Terug naar {{title}}',
    save: 'Wijzigingen opslaan',
    saving: 'Wijzigingen worden opgeslagen…',
    saved: 'De wijzigingen in het programma zijn opgeslagen.',
    failed: 'De wijzigingen zijn niet opgeslagen: {{message}}',
    notDraft:
      'Dit programma is niet meer in concept. Titel, inleiding en peildatum liggen vast; het bestuur zet het programma terug in concept om ze te wijzigen.',
    conflict: {
      title: 'Iemand anders heeft dit programma intussen gewijzigd',
      kept: 'Je wijzigingen staan nog in het formulier. Laad de nieuwste versie, of sla jouw versie op over die van de ander heen.',
      reload: 'Nieuwste versie laden',
      keepMine: 'Mijn wijzigingen houden',
    },
    lookupsFailed:
      'De regio en haar gemeenten konden niet worden geladen, dus het formulier ook niet. Probeer het later opnieuw.',
    key: {
      legend: 'Standaardverdeelsleutel van het programma',
      preview_one:
        'Zo verdeelt de sleutel “{{key}}” een voorbeeldbedrag van {{amount}} over {{count}} gemeente van de regio. Opdrachten zonder eigen sleutel volgen deze sleutel. Dit volgt wat je nu invult; opgeslagen is het nog niet.',
      preview_other:
        'Zo verdeelt de sleutel “{{key}}” een voorbeeldbedrag van {{amount}} over de {{count}} gemeenten van de regio. Opdrachten zonder eigen sleutel volgen deze sleutel. Dit volgt wat je nu invult; opgeslagen is het nog niet.',
      field: 'Verdeelsleutel',
    },
  },
};
