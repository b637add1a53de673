/** The signed-in start page: what waits for each role, and the council clerk's "Onze gemeente". */
const nl = {
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
      ceiling: 'Budgetplafond mandaat: {{amount}}',
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

const en: typeof nl = {
  start: {
    title: 'What is waiting for you',
    intro:
      'Everything that waits for you in your region, per role. Each item takes you to where you handle it.',
    loading: 'Loading your overview…',
    failed: 'Your overview could not be loaded.',
    noRoles:
      'Your account has no role in a region yet. Once your region’s administrator gives you a role, what waits for you appears here.',
    programme: '{{title}} ({{year}})',
    status: 'Status: {{status}}',
    daysLeft_zero: 'the deadline is today',
    daysLeft_one: '{{count}} day left',
    daysLeft_other: '{{count}} days left',
    daysPast_one: 'passed {{count}} day ago',
    daysPast_other: 'passed {{count}} days ago',
    deadline: 'Deadline for formal views: {{date}} ({{left}})',
    bureau: {
      title: 'Regional bureau: programmes of {{region}}',
      empty:
        'No programme is under way. Once you start an annual programme, its status and next step appear here.',
      startProgramme: 'Start a new annual programme',
      nextStep: 'Next step: {{action}}',
      nextStepReady: 'possible now',
      nextStepBlocked: 'not possible yet',
      byRole: 'by: {{roles}}',
      lifecycle: 'Decision-making for {{title}}',
      councils:
        'Councils: {{pending}} of {{total}} without a decision, {{dueSoon}} due soon, {{overdue}} overdue',
      matrix: 'Council decisions on {{title}}',
      unanswered_one: '{{count}} point from formal views without an answer',
      unanswered_other: '{{count}} points from formal views without an answer',
      amountChanged: 'Amount changed after the council of {{name}} decided',
      noCouncilsYet: 'Not yet sent to the municipal councils.',
      councilsClosed:
        'The consultation of the municipal councils is closed ({{decided}} of {{total}} council decisions recorded)',
      reports:
        'Progress reports, {{period}} (due by {{date}}): missing {{missing}}, draft {{draft}}, returned {{returned}}, late {{late}}, submitted and awaiting review {{submitted}}',
      reportsOverview: 'Progress overview of {{title}}',
      lateEarlier_one: '{{count}} report of an earlier period is still late',
      lateEarlier_other: '{{count}} reports of earlier periods are still late',
    },
    board: {
      title: 'Board: what awaits your decision in {{region}}',
      awaits: 'Decision needed: {{action}} for {{title}}',
      nothingAwaits:
        'Nothing awaits the board’s decision now. A proposal appears here once the regional bureau has a draft ready; an adoption once every council has decided and every formal view has been answered.',
      openPoints: 'Open points',
      openPointsItem_one: '{{title}}: {{count}} point from formal views awaits an answer',
      openPointsItem_other: '{{title}}: {{count}} points from formal views await an answer',
      noOpenPoints:
        'No open points. Points from the councils’ formal views appear here during the consultation until they are answered.',
    },
    portfolio: {
      title: 'Portfolio holder: your assignments',
      empty:
        'You do not hold an assignment yet. Once the regional bureau names you as portfolio holder of an assignment, it appears here with your mandate and report-back dates.',
      assignment: '{{code}} {{title}} ({{year}})',
      nextReportBack: 'Next report-back: {{date}}',
      noReportBack: 'No report-back date left',
      ceiling: 'Mandate budget ceiling: {{amount}}',
      all: 'All my assignments and mandates',
    },
    council: {
      title: 'Our municipality: {{name}}',
      menu: 'Our municipality',
      noProgramme:
        'No programme of {{region}} is with the councils now. Once the regional bureau sends the next annual programme to the councils, the deadline, what {{name}} pays and your decision appear here.',
      programme: '{{title}} ({{year}})',
      noDeadline: 'No deadline for formal views is running.',
      pays: '{{name}} pays {{amount}} for {{year}}',
      paysUnknown: 'What {{name}} pays cannot be computed now.',
      change: '{{change}} compared with last year ({{previous}})',
      noPrevious: 'There is no programme of last year to compare with.',
      decision: 'The council’s decision: {{status}}',
      decisionOn: 'The council’s decision: {{status}} ({{date}})',
      noDecisionRecorded:
        'No decision of the council was recorded; the deadline for formal views has passed and the programme has been adopted.',
      page: 'What {{name}} pays and decided',
      pack: 'Council information pack for {{name}}',
      memo: 'Response memo',
      noMemo: 'The response memo appears once a council has submitted a formal view.',
    },
    programmes: {
      title: 'Programmes of {{region}}',
      empty:
        'This region has no programme under way. An annual programme appears here once the regional bureau starts it.',
      item: '{{title}} ({{year}}): {{status}}',
    },
    accounts: {
      title: 'Administration: accounts needing attention in {{region}}',
      invitations_one: '{{count}} invitation not yet accepted',
      invitations_other: '{{count}} invitations not yet accepted',
      deactivated_one: '{{count}} account deactivated',
      deactivated_other: '{{count}} accounts deactivated',
      none: 'No accounts need attention. Open invitations and deactivated accounts appear here.',
      manage: 'Manage the accounts and roles of {{region}}',
    },
  },
};

export const startLocales = { nl, en };
