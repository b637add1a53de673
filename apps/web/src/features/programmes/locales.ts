/** Strings of the programme workspace (header, sub-navigation, totals), Dutch first. */
const nl = {
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

const en: typeof nl = {
  workspace: {
    summary: 'Annual programme {{year}} · status: {{status}}',
    subNavigation: 'Parts of this programme',
    loading: 'Loading the programme…',
    failed: 'This programme could not be loaded. Does it exist?',
    links: {
      assignments: 'Assignments',
      lifecycle: 'Decision-making',
      ratification: 'Council decisions',
      history: 'History',
      log: 'Log',
    },
    totals: {
      title: 'Totals',
      summary_one:
        '{{count}} assignment, together {{amount}} budgeted; capacity {{fte}} FTE and {{hours}} hours.',
      summary_other:
        '{{count}} assignments, together {{amount}} budgeted; capacity {{fte}} FTE and {{hours}} hours.',
      amount: 'Amount',
      total: 'Total',
      byTheme: 'Budget by theme',
      theme: 'Theme',
      bySource: 'Budget by funding source',
      source: 'Source',
      byYear: 'Budget by year',
      year: 'Year',
    },
    fundingSources: {
      member_contribution: 'Contribution of the municipalities',
      extra_member_contribution: 'Extra contribution of some municipalities',
      province: 'Province',
      national: 'National government',
      eu: 'European Union',
      private: 'Private partners',
      other: 'Other',
    },
  },
  programmeNew: {
    title: 'New annual programme',
    intro:
      'Start the programme for a new year. The regional bureau then adds the assignments; the programme stays a draft until it goes to the board.',
    button: 'New annual programme',
    bureauOnly: 'Only the regional bureau of this region starts a new annual programme.',
    back: 'Back to {{region}}',
    defaultTitle: 'Work programme {{year}} {{region}}',
    fields: {
      year: 'Year',
      title: 'Title',
      introduction: 'Introduction',
      populationReferenceDate: 'Population reference date',
      viewWindowWeeks: 'Period for formal views (weeks)',
    },
    help: {
      introduction:
        'What the region wants to achieve together this year; councils read this first.',
      populationReferenceDate:
        'The populations on this date decide what each municipality pays. Empty: 1 January {{year}}.',
      viewWindowWeeks: 'Empty: the region’s period, {{weeks}} weeks.',
      takeOver:
        'The assignments that are not done or dropped, as they stand and with their steering groups, with their budget and capacity from {{year}} on. The regional bureau then adjusts them.',
    },
    takeOver: 'Take the continuing assignments over from {{from}}',
    yearTaken: 'This region already has a programme for {{year}}; choose another year.',
    checkFields_one: 'Check {{count}} field:',
    checkFields_other: 'Check {{count}} fields:',
    failed: 'The programme was not created: {{message}}',
    create: 'Create programme',
    creating: 'Creating the programme…',
    cancel: 'Cancel',
    created: 'Annual programme {{year}} has been created. Now add its assignments.',
    createdWithCopies_one:
      'Annual programme {{year}} has been created with {{count}} continuing assignment from {{from}}. Update it for the new year.',
    createdWithCopies_other:
      'Annual programme {{year}} has been created with {{count}} continuing assignments from {{from}}. Update them for the new year.',
    createdCopyFailed:
      'Annual programme {{year}} has been created, but the assignments from {{from}} were not taken over: {{message}} Add them yourself.',
  },
  programmeEdit: {
    button: 'Edit programme',
    title: 'Edit programme',
    back: 'Back to {{title}}',
    save: 'Save changes',
    saving: 'Saving the changes…',
    saved: 'The changes to the programme have been saved.',
    failed: 'The changes were not saved: {{message}}',
    notDraft:
      'This programme is no longer a draft. Title, introduction and reference date are fixed; the board returns the programme to draft to change them.',
    conflict: {
      title: 'Someone else changed this programme in the meantime',
      kept: 'Your changes are still in the form. Load the latest version, or save yours over theirs.',
      reload: 'Load the latest version',
      keepMine: 'Keep my changes',
    },
    lookupsFailed:
      'The region and its municipalities could not be loaded, so neither could the form. Please try again later.',
    key: {
      legend: 'The programme’s default cost-sharing key',
      preview_one:
        'This is how the key “{{key}}” splits an example amount of {{amount}} over {{count}} municipality of the region. Assignments without their own key follow this key. This follows what you enter now; it is not saved yet.',
      preview_other:
        'This is how the key “{{key}}” splits an example amount of {{amount}} over the {{count}} municipalities of the region. Assignments without their own key follow this key. This follows what you enter now; it is not saved yet.',
      field: 'Cost-sharing key',
    },
  },
};

export const programmesLocales = { nl, en };
