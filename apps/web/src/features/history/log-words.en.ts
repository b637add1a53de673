import type { logWordsNl } from './log-words';

/** English of ./log-words.ts: the same keys (a missing or extra one does not compile). */
export const logWordsEn: typeof logWordsNl = {
  title: 'Log of {{title}}',
  intro:
    'Everything that happened to this programme, newest first: transitions, council decisions, answers to formal views and changes to assignments — with who did it and in which role.',
  programmeFailed: 'This programme could not be loaded.',
  toVersions: 'Compare versions of the programme',
  toLog: 'Log: who did what',
  filters: 'Filter',
  kind: 'Kind of event',
  allKinds: 'All kinds',
  kinds: {
    transition: 'Status transitions',
    council_decision: 'Council decisions',
    view_answer: 'Answers to formal views',
    assignment: 'Changes to assignments',
    programme: 'Changes to the programme',
  },
  person: 'By whom',
  everyone: 'Everyone',
  personOption_one: '{{name}} — {{count}} change',
  personOption_other: '{{name}} — {{count}} changes',
  loading: 'Loading the log…',
  failed: 'The log could not be loaded.',
  empty: 'Nothing has been recorded for this programme yet.',
  noMatch: 'Nothing found with these filters.',
  shown: 'Events {{first}}–{{last}} of {{total}}',
  meta: '{{when}} · {{who}}',
  pages: 'Pages of the log',
  page: 'Page {{page}} of {{pages}}',
  previous: 'Previous page',
  next: 'Next page',
  describe: {
    transition: 'Status: {{from}} → {{to}}',
    councilDecision: 'Council decision of {{name}} recorded',
    viewAnswer: 'Formal view answered: {{name}}',
    steeringGroup: 'Steering group of {{name}} changed',
    assignment: {
      create: 'Assignment {{name}} created',
      update: 'Assignment {{name}} changed',
      delete: 'Assignment {{name}} deleted',
      transition: 'Assignment {{name}} changed status',
    },
    programme: {
      create: 'Programme created',
      update: 'Programme changed',
      delete: 'Programme deleted',
      transition: 'Programme changed status',
    },
  },
};
