/** The council pack and the response memo: pages that mirror the PDFs made on the server. */
const nl = {
  documents: {
    pdf: {
      download: '{{name}} downloaden (PDF)',
      hint: 'Toegankelijke PDF met dezelfde gegevens als deze pagina, om zo bij het raadsvoorstel te voegen.',
    },
    pack: {
      title: 'Raadsinformatiepakket {{name}}',
      lead: 'Wat {{region}} met "{{programme}}" vraagt, wat dat {{name}} kost en hoe de raad zijn zienswijze geeft.',
      loading: 'Raadsinformatiepakket wordt geladen…',
      failed: 'Het raadsinformatiepakket kon niet worden geladen.',
      pdfName: 'Raadsinformatiepakket',
      linkFromCouncil: 'Raadsinformatiepakket van {{name}} (pagina en PDF)',
      councilPage: 'Pagina van {{name}} bij dit programma: besluit en zienswijze vastleggen',
      concept:
        'Concept: dit programma is nog niet aan de gemeenteraden voorgelegd; bedragen en teksten kunnen nog veranderen.',
      inShort: 'In het kort',
      total: 'Bijdrage {{name}} {{year}}',
      difference: 'Verschil met vorig jaar',
      noPrevious: 'Geen programma {{year}} om mee te vergelijken',
      perInhabitant: 'Per inwoner',
      inhabitants: '{{number}} inwoners',
      populationUnknown: 'inwonertal onbekend',
      unknown: 'Onbekend',
      deadline: 'Termijn voor de zienswijze',
      until: 'Tot en met {{date}}',
      notSent: 'Nog niet voorgelegd',
      noDeadline: 'Geen termijn vastgelegd',
      decision: 'Besluit van de raad',
      contact: 'Contact',
      bureau: 'Regiobureau {{region}}',
      askTitle: 'Wat de regio vraagt en waarom',
      noIntroduction: 'Het programma heeft (nog) geen inleiding.',
      noAssignments: 'Dit programma heeft (nog) geen opdrachten.',
      assignmentCount: 'Het programma telt {{count}} opdrachten:',
      costTitle: 'Wat het programma {{name}} kost',
      populationKnown: 'Inwonertal op de peildatum ({{date}}): {{population}}.',
      populationStale:
        'Inwonertal op de peildatum ({{date}}): {{population}}. Dit is het meest recente bekende cijfer, van {{used}}: meer dan een jaar vóór de peildatum. De bijdrage is met dit cijfer berekend.',
      populationMissing:
        'Inwonertal op de peildatum ({{date}}): onbekend. Gevolg: de bijdrage per inwoner is niet te berekenen, en een verdeling naar inwonertal kan pas tot op de cent worden gemaakt als het inwonertal van {{name}} bekend is.',
      unavailable: 'De bijdrage kan nu niet tot op de cent worden berekend. {{reason}}',
      paysNothing:
        '{{name}} betaalt in {{year}} niets aan dit programma: er zijn geen bijdragen van de gemeenten voor opdrachten waaraan {{name}} deelneemt.',
      pays: '{{name}} betaalt in {{year}} {{amount}} aan {{count}} opdrachten.',
      perAssignmentCaption: 'Bijdrage van {{name}} per opdracht, {{year}}',
      assignment: 'Opdracht',
      contribution: 'Bijdrage',
      share: 'Aandeel',
      totalRow: 'Totaal',
      laterTitle: 'Meerjarig beeld (niet in het bedrag hierboven)',
      noLater: 'De opdrachten hebben geen begrotingsregels voor latere jaren.',
      laterIntro:
        'Wat de opdrachten van dit programma in latere jaren van de gemeente vragen, met dezelfde verdeelsleutel en inwonertallen als nu. Deze bedragen worden later per jaar vastgesteld.',
      laterCaption: 'Bijdrage van {{name}} in latere jaren',
      year: 'Jaar',
      changesTitle: 'Nieuw of gewijzigd ten opzichte van vorig jaar',
      noPreviousProgramme:
        'Er is geen programma van {{year}} van {{region}} in Koers om mee te vergelijken.',
      nothingChanged:
        'Dezelfde opdrachten als in {{title}} ({{year}}), met dezelfde bijdrage van {{name}}.',
      changesCaption: 'Vergeleken met {{title}} ({{year}})',
      what: 'Wat',
      changeNew: 'Nieuw',
      changeChanged: 'Bedrag gewijzigd',
      changeEnded: 'Vervallen',
      procedureTitle: 'Procedure en termijn',
      procedureNotSent:
        'Het programma is nog niet aan de gemeenteraden gestuurd. Zodra dat gebeurt, heeft elke raad {{weeks}} weken om een zienswijze te geven.',
      procedureSent: 'Het programma is op {{date}} aan de gemeenteraden gestuurd.',
      procedureDeadline:
        'De raad kan tot en met {{date}} een zienswijze indienen ({{weeks}} weken). Geef in het raadsbesluit aan of de raad instemt, instemt met een zienswijze, afwijst of aan een deel van de opdrachten niet meedoet.',
      procedureNoDeadline:
        'De raad heeft {{weeks}} weken voor een zienswijze; de einddatum is nog niet vastgelegd.',
      procedureAdopted: 'Het programma is vastgesteld; de termijn voor zienswijzen is voorbij.',
      answerWgr:
        'Het dagelijks bestuur beantwoordt elke zienswijze schriftelijk en met redenen (nota van beantwoording); daarna stelt het algemeen bestuur het programma vast.',
      answerNetwork:
        'Het regiobureau beantwoordt elke zienswijze schriftelijk; daarna stelt de regio het programma vast. Alleen gemeenten die aan een opdracht deelnemen, betalen ervoor.',
      decisionTitle: 'Besluit en zienswijze van de raad',
      notSentDecision: 'Het programma is nog niet aan de gemeenteraden voorgelegd.',
      contactTitle: 'Contact',
      contactFallback: 'Neem contact op met het regiobureau van {{region}}.',
    },
  },
};

const en: typeof nl = {
  documents: {
    pdf: {
      download: 'Download {{name}} (PDF)',
      hint: 'An accessible PDF with the same figures as this page, to attach to the council proposal as it is.',
    },
    pack: {
      title: 'Council pack {{name}}',
      lead: 'What {{region}} asks with "{{programme}}", what it costs {{name}} and how the council gives its view.',
      loading: 'Loading the council pack…',
      failed: 'The council pack could not be loaded.',
      pdfName: 'Council pack',
      linkFromCouncil: 'Council pack of {{name}} (page and PDF)',
      councilPage: "{{name}}'s page for this programme: record the decision and view",
      concept:
        'Draft: this programme has not been sent to the councils yet; amounts and texts may still change.',
      inShort: 'In brief',
      total: 'Contribution {{name}} {{year}}',
      difference: 'Change from last year',
      noPrevious: 'No {{year}} programme to compare with',
      perInhabitant: 'Per inhabitant',
      inhabitants: '{{number}} inhabitants',
      populationUnknown: 'population unknown',
      unknown: 'Unknown',
      deadline: 'Deadline for the formal view',
      until: 'Up to and including {{date}}',
      notSent: 'Not sent yet',
      noDeadline: 'No deadline recorded',
      decision: "Council's decision",
      contact: 'Contact',
      bureau: 'Regional bureau {{region}}',
      askTitle: 'What the region asks and why',
      noIntroduction: 'The programme has no introduction (yet).',
      noAssignments: 'This programme has no assignments (yet).',
      assignmentCount: 'The programme has {{count}} assignments:',
      costTitle: 'What the programme costs {{name}}',
      populationKnown: 'Population at the reference date ({{date}}): {{population}}.',
      populationStale:
        'Population at the reference date ({{date}}): {{population}}. This is the latest known figure, of {{used}}: more than a year before the reference date. The contribution is computed with it.',
      populationMissing:
        'Population at the reference date ({{date}}): unknown. Consequence: the contribution per inhabitant cannot be computed, and a split by population can only be made to the cent once the population of {{name}} is known.',
      unavailable: 'The contribution cannot be computed to the cent now. {{reason}}',
      paysNothing:
        '{{name}} pays nothing for this programme in {{year}}: there are no member contributions for assignments {{name}} takes part in.',
      pays: '{{name}} pays {{amount}} in {{year}} for {{count}} assignments.',
      perAssignmentCaption: 'Contribution of {{name}} per assignment, {{year}}',
      assignment: 'Assignment',
      contribution: 'Contribution',
      share: 'Share',
      totalRow: 'Total',
      laterTitle: 'Multi-year outlook (not in the amount above)',
      noLater: 'The assignments have no budget lines for later years.',
      laterIntro:
        "What this programme's assignments will ask of the municipality in later years, with the same key and populations as now. These amounts are set year by year later.",
      laterCaption: 'Contribution of {{name}} in later years',
      year: 'Year',
      changesTitle: 'New or changed since last year',
      noPreviousProgramme: 'There is no {{year}} programme of {{region}} in Koers to compare with.',
      nothingChanged:
        'The same assignments as in {{title}} ({{year}}), with the same contribution of {{name}}.',
      changesCaption: 'Compared with {{title}} ({{year}})',
      what: 'What',
      changeNew: 'New',
      changeChanged: 'Amount changed',
      changeEnded: 'Ended',
      procedureTitle: 'Procedure and deadline',
      procedureNotSent:
        'The programme has not been sent to the councils yet. Once it is, each council has {{weeks}} weeks to give its formal view.',
      procedureSent: 'The programme was sent to the councils on {{date}}.',
      procedureDeadline:
        'The council can submit a formal view up to and including {{date}} ({{weeks}} weeks). The council decision says whether the council agrees, agrees with a view, rejects, or declines some assignments.',
      procedureNoDeadline:
        'The council has {{weeks}} weeks for a formal view; the end date has not been recorded yet.',
      procedureAdopted: 'The programme has been adopted; the period for formal views is over.',
      answerWgr:
        'The executive board answers every formal view in writing, with reasons (response memo); the general board then adopts the programme.',
      answerNetwork:
        'The regional bureau answers every formal view in writing; the region then adopts the programme. Only municipalities taking part in an assignment pay for it.',
      decisionTitle: "The council's decision and view",
      notSentDecision: 'The programme has not been sent to the councils yet.',
      contactTitle: 'Contact',
      contactFallback: 'Contact the regional bureau of {{region}}.',
    },
  },
};

export const documentsLocales = { nl, en };
