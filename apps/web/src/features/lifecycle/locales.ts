/** The lifecycle screen: a programme's status, its dates, and the moves the user's role may make. */
export const lifecycleNl = {
  lifecycle: {
    title: 'Besluitvorming: {{title}}',
    loading: 'Programma wordt geladen…',
    failed: 'Dit programma kon niet worden geladen. Bestaat het wel?',
    intro:
      'Hier beweegt het programma door de besluitvorming: van concept via het bestuur en de gemeenteraden naar vaststelling en uitvoering.',
    facts: {
      title: 'Stand van zaken',
      status: 'Status',
      sentToCouncilsOn: 'Naar de gemeenteraden gestuurd',
      consultationDeadline: 'Termijn voor zienswijzen tot en met',
      adoptedOn: 'Vastgesteld op',
      versions: 'Bevroren versies',
      notYet: 'Nog niet',
    },
    links: {
      ratification: 'Raadsbesluiten en zienswijzen',
      ourMunicipality: 'Onze gemeente: {{name}}',
    },
    transitions: {
      title: 'Wat kan er nu gebeuren?',
      loading: 'Mogelijke stappen worden opgehaald…',
      failed: 'De mogelijke stappen konden niet worden opgehaald.',
      none: 'Vanuit deze status kan het programma niet verder.',
      notForYourRole:
        'Met jouw rol kun je de status van dit programma niet wijzigen. Het bestuur besluit; het regiobureau stuurt het voorstel naar de raden.',
      signInNeeded: 'Meld je aan om de besluitvorming te zien.',
      notPossible: 'Kan nu niet',
      actions: {
        draft: 'Terug naar concept',
        proposed: 'Voorleggen aan het bestuur',
        consultation: 'Naar de gemeenteraden sturen',
        adopted: 'Vaststellen',
        adoptedWithAmendments: 'Vaststellen met wijzigingen',
        in_execution: 'In uitvoering nemen',
        closed: 'Afsluiten',
      },
      done: 'Gelukt: het programma heeft nu de status “{{status}}”.',
    },
    confirm: {
      title: 'Bevestigen: {{action}}',
      effects: {
        draft:
          'Het programma gaat terug naar concept. Het regiobureau kan het weer wijzigen; daarna moet het opnieuw door het bestuur.',
        proposed:
          'Het bestuur krijgt het programma als voorstel. De huidige inhoud wordt bevroren als versie {{version}}; wijzigen kan pas weer na terugzetten naar concept.',
        consultation_one:
          '{{count}} gemeenteraad ontvangt het programma; de termijn voor zienswijzen loopt tot {{deadline}}.',
        consultation_other:
          '{{count}} gemeenteraden ontvangen het programma; de termijn voor zienswijzen loopt tot {{deadline}}.',
        adopted:
          'Het bestuur stelt het programma vandaag ({{today}}) vast zoals het aan de raden is voorgelegd. Het wordt bevroren als versie {{version}}, met de zienswijzen en antwoorden van deze ronde; het wordt openbaar en de bijdragen van de gemeenten liggen vast.',
        adoptedWithAmendments_one:
          'Het bestuur stelt het programma vandaag ({{today}}) gewijzigd vast: met {{count}} wijziging naar aanleiding van de zienswijzen. Het wordt bevroren als versie {{version}}, met de zienswijzen, antwoorden en wijzigingen van deze ronde; het wordt openbaar en de bijdragen van de gemeenten liggen vast.',
        adoptedWithAmendments_other:
          'Het bestuur stelt het programma vandaag ({{today}}) gewijzigd vast: met {{count}} wijzigingen naar aanleiding van de zienswijzen. Het wordt bevroren als versie {{version}}, met de zienswijzen, antwoorden en wijzigingen van deze ronde; het wordt openbaar en de bijdragen van de gemeenten liggen vast.',
        in_execution:
          'Het programma gaat in uitvoering; portefeuillehouders werken binnen hun mandaat.',
        closed: 'Het programma wordt afgesloten. Daarna verandert er niets meer aan.',
      },
      window_one: 'De termijn is {{count}} week na de dag van verzenden.',
      window_other: 'De termijn is {{count}} weken na de dag van verzenden.',
      sentOn: 'Dag van verzenden aan de raden',
      sentOnHelp: 'Standaard vandaag. Een eerdere dag kan als de stukken al verstuurd zijn.',
      sentOnInvalid: 'Vul een geldige datum in.',
      reason: 'Reden',
      councilsKept:
        'Voor de gemeenteraden: hun besluiten en zienswijzen van deze ronde, met de antwoorden van het bestuur, blijven bewaard als geschiedenis. Gaat het programma opnieuw naar de raden, dan begint een nieuwe ronde en besluit elke raad opnieuw; alleen de punten van die nieuwe ronde houden de vaststelling tegen.',
      reasonHelp: 'Verplicht: waarom gaat het programma terug naar concept?',
      reasonMissing: 'Vul een reden in.',
      submit: 'Ja, {{action}}',
      cancel: 'Annuleren',
      refused: 'Dit kon niet: {{reason}}',
      failed: 'Dit lukte niet. Probeer het opnieuw.',
    },
  },
};
