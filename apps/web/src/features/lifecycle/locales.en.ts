import type { lifecycleNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const lifecycleEn: typeof lifecycleNl = {
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
