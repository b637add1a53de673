/** The lifecycle screen: a programme's status, its dates, and the moves the user's role may make. */
const nl = {
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

const en: typeof nl = {
  lifecycle: {
    title: 'Decision-making: {{title}}',
    loading: 'Loading programme…',
    failed: 'This programme could not be loaded. Does it exist?',
    intro:
      'Here the programme moves through decision-making: from draft via the board and the municipal councils to adoption and execution.',
    facts: {
      title: 'Where it stands',
      status: 'Status',
      sentToCouncilsOn: 'Sent to the municipal councils',
      consultationDeadline: 'Deadline for formal views (inclusive)',
      adoptedOn: 'Adopted on',
      versions: 'Frozen versions',
      notYet: 'Not yet',
    },
    links: {
      ratification: 'Council decisions and formal views',
      ourMunicipality: 'Our municipality: {{name}}',
    },
    transitions: {
      title: 'What can happen now?',
      loading: 'Loading the possible steps…',
      failed: 'The possible steps could not be loaded.',
      none: 'From this status the programme cannot move on.',
      notForYourRole:
        'Your role cannot change the status of this programme. The board decides; the regional office sends the proposal to the councils.',
      signInNeeded: 'Sign in to see the decision-making.',
      notPossible: 'Not possible now',
      actions: {
        draft: 'Back to draft',
        proposed: 'Propose to the board',
        consultation: 'Send to the municipal councils',
        adopted: 'Adopt',
        adoptedWithAmendments: 'Adopt with amendments',
        in_execution: 'Start execution',
        closed: 'Close',
      },
      done: 'Done: the programme now has the status “{{status}}”.',
    },
    confirm: {
      title: 'Confirm: {{action}}',
      effects: {
        draft:
          'The programme goes back to draft. The regional office can change it again; then it must go to the board once more.',
        proposed:
          'The board receives the programme as a proposal. Its current content is frozen as version {{version}}; changes are possible again only after going back to draft.',
        consultation_one:
          '{{count}} municipal council receives the programme; the deadline for formal views is {{deadline}}.',
        consultation_other:
          '{{count}} municipal councils receive the programme; the deadline for formal views is {{deadline}}.',
        adopted:
          'The board adopts the programme today ({{today}}) as it was sent to the councils. It is frozen as version {{version}}, with the views and answers of this round; it becomes public and the municipalities’ contributions are fixed.',
        adoptedWithAmendments_one:
          'The board adopts the programme today ({{today}}) with {{count}} amendment following the views. It is frozen as version {{version}}, with the views, answers and amendments of this round; it becomes public and the municipalities’ contributions are fixed.',
        adoptedWithAmendments_other:
          'The board adopts the programme today ({{today}}) with {{count}} amendments following the views. It is frozen as version {{version}}, with the views, answers and amendments of this round; it becomes public and the municipalities’ contributions are fixed.',
        in_execution:
          'The programme goes into execution; portfolio holders work within their mandate.',
        closed: 'The programme is closed. Nothing changes in it after that.',
      },
      window_one: 'The deadline is {{count}} week after the day it is sent.',
      window_other: 'The deadline is {{count}} weeks after the day it is sent.',
      sentOn: 'Day sent to the councils',
      sentOnHelp:
        'Today by default. An earlier day is possible if the documents were already sent.',
      sentOnInvalid: 'Enter a valid date.',
      reason: 'Reason',
      councilsKept:
        'For the municipal councils: their decisions and views of this round, with the board’s answers, are kept as history. When the programme is sent to the councils again, a new round starts and every council decides again; only the points of that new round hold up adoption.',
      reasonHelp: 'Required: why does the programme go back to draft?',
      reasonMissing: 'Enter a reason.',
      submit: 'Yes, {{action}}',
      cancel: 'Cancel',
      refused: 'This was not possible: {{reason}}',
      failed: 'This did not work. Please try again.',
    },
  },
};

export const lifecycleLocales = { nl, en };
