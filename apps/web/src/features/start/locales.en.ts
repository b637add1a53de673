import type { startNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const startEn: typeof startNl = {
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
      noMemoAdopted:
        'There is no response memo: no council submitted a formal view before the programme was adopted.',
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
