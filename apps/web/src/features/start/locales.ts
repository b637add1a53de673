/** The signed-in start page: what waits for each role, and the council clerk's "Onze gemeente". */
export const startNl = {
  start: {
    title: 'Wat er voor je klaarligt',
    intro:
      'Alles wat op jou wacht in je regio, per rol. Elk punt brengt je naar de plek waar je het afhandelt.',
    loading: 'Je overzicht wordt geladen…',
    failed: 'Je overzicht kon niet worden geladen.',
    noRoles:
      'Je account heeft nog geen rol in een regio. Zodra de beheerder van je regio je een rol geeft, zie je hier wat er voor je klaarligt.',
    programme: '{{title}} ({{year}})',
    status: 'Status: {{status}}',
    daysLeft_zero: 'de termijn loopt vandaag af',
    daysLeft_one: 'nog {{count}} dag',
    daysLeft_other: 'nog {{count}} dagen',
    daysPast_one: '{{count}} dag geleden verstreken',
    daysPast_other: '{{count}} dagen geleden verstreken',
    deadline: 'Termijn voor zienswijzen tot en met {{date}} ({{left}})',
    bureau: {
      title: 'Regiobureau: programma’s van {{region}}',
      empty:
        'Er loopt nog geen programma. Zodra je een jaarprogramma start, zie je hier de status en de volgende stap.',
      startProgramme: 'Een nieuw jaarprogramma starten',
      nextStep: 'Volgende stap: {{action}}',
      nextStepReady: 'kan nu',
      nextStepBlocked: 'kan nog niet',
      byRole: 'door: {{roles}}',
      lifecycle: 'Besluitvorming van {{title}}',
      councils:
        'Gemeenteraden: {{pending}} van {{total}} nog zonder besluit, {{dueSoon}} binnenkort, {{overdue}} te laat',
      matrix: 'Raadsbesluiten van {{title}}',
      unanswered_one: '{{count}} punt uit zienswijzen zonder antwoord',
      unanswered_other: '{{count}} punten uit zienswijzen zonder antwoord',
      amountChanged: 'Bedrag gewijzigd na het besluit van de raad van {{name}}',
      noCouncilsYet: 'Nog niet naar de gemeenteraden gestuurd.',
      councilsClosed:
        'De consultatie van de gemeenteraden is afgesloten ({{decided}} van {{total}} raadsbesluiten vastgelegd)',
      reports:
        'Voortgangsrapportages, {{period}} (uiterlijk {{date}}): ontbrekend {{missing}}, concept {{draft}}, teruggestuurd {{returned}}, te laat {{late}}, ingediend en te beoordelen {{submitted}}',
      reportsOverview: 'Voortgangsoverzicht van {{title}}',
      lateEarlier_one: '{{count}} rapportage van een eerdere periode is nog te laat',
      lateEarlier_other: '{{count}} rapportages van eerdere perioden zijn nog te laat',
    },
    board: {
      title: 'Bestuur: wat op jouw besluit wacht in {{region}}',
      awaits: 'Besluit nodig: {{action}} voor {{title}}',
      nothingAwaits:
        'Er wacht nu geen besluit op het bestuur. Een voorstel verschijnt hier zodra het regiobureau een concept klaar heeft; een vaststelling zodra alle raden hebben besloten en alle zienswijzen zijn beantwoord.',
      openPoints: 'Open punten',
      openPointsItem_one: '{{title}}: {{count}} punt uit zienswijzen wacht op antwoord',
      openPointsItem_other: '{{title}}: {{count}} punten uit zienswijzen wachten op antwoord',
      noOpenPoints:
        'Geen open punten. Punten uit zienswijzen van de raden verschijnen hier tijdens de consultatie, tot ze beantwoord zijn.',
    },
    portfolio: {
      title: 'Portefeuillehouder: jouw opdrachten',
      empty:
        'Je bent nog van geen opdracht bestuurlijk opdrachtgever. Zodra het regiobureau je bij een opdracht als portefeuillehouder noemt, staat die hier met je mandaat en terugkoppelmomenten.',
      assignment: '{{code}} {{title}} ({{year}})',
      nextReportBack: 'Volgende terugkoppeling: {{date}}',
      noReportBack: 'Geen terugkoppelmoment meer gepland',
      all: 'Al mijn opdrachten en mandaten',
    },
    council: {
      title: 'Onze gemeente: {{name}}',
      menu: 'Onze gemeente',
      noProgramme:
        'Er ligt nu geen programma van {{region}} bij de gemeenteraden. Zodra het regiobureau het volgende jaarprogramma naar de raden stuurt, zie je hier de termijn, wat {{name}} betaalt en jullie besluit.',
      programme: '{{title}} ({{year}})',
      noDeadline: 'Er loopt geen termijn voor zienswijzen.',
      pays: '{{name}} betaalt {{amount}} voor {{year}}',
      paysUnknown: 'Wat {{name}} betaalt, kan nu niet worden berekend.',
      change: '{{change}} ten opzichte van vorig jaar ({{previous}})',
      noPrevious: 'Er is geen programma van vorig jaar om mee te vergelijken.',
      decision: 'Besluit van de raad: {{status}}',
      decisionOn: 'Besluit van de raad: {{status}} ({{date}})',
      noDecisionRecorded:
        'Er is geen besluit van de raad vastgelegd; de termijn voor zienswijzen is voorbij en het programma is vastgesteld.',
      page: 'Wat {{name}} betaalt en besloot',
      pack: 'Raadsinformatiepakket voor {{name}}',
      memo: 'Nota van beantwoording',
      noMemo: 'De nota van beantwoording verschijnt zodra een raad een zienswijze heeft ingediend.',
      noMemoAdopted:
        'Er is geen nota van beantwoording: geen enkele raad diende een zienswijze in voordat het programma werd vastgesteld.',
    },
    programmes: {
      title: 'Programma’s van {{region}}',
      empty:
        'Deze regio heeft nog geen lopend programma. Een jaarprogramma verschijnt hier zodra het regiobureau het start.',
      item: '{{title}} ({{year}}): {{status}}',
    },
    accounts: {
      title: 'Beheer: accounts die aandacht vragen in {{region}}',
      invitations_one: '{{count}} uitnodiging nog niet aanvaard',
      invitations_other: '{{count}} uitnodigingen nog niet aanvaard',
      deactivated_one: '{{count}} account gedeactiveerd',
      deactivated_other: '{{count}} accounts gedeactiveerd',
      none: 'Geen accounts die aandacht vragen. Openstaande uitnodigingen en gedeactiveerde accounts verschijnen hier.',
      manage: 'Accounts en rollen van {{region}} beheren',
    },
  },
};
