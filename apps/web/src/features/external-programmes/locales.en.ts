import type { externalProgrammesNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const externalProgrammesEn: typeof externalProgrammesNl = {
  externalProgrammes: {
    title: 'External programmes',
    intro:
      'Provincial, national and European programmes that assignments contribute to. Every region sees every programme; one your region adds is maintained by your region’s bureau. Only a platform administrator changes a shared programme.',
    loading: 'Loading the external programmes…',
    failed: 'The external programmes could not be loaded.',
    empty: 'There are no external programmes yet.',
    addLink: 'Add an external programme',
    owner: { own: 'this region', shared: 'shared', other: 'another region' },
    levels: { provincial: 'provincial', national: 'national', eu: 'European' },
    columns: { name: 'Name', level: 'Level', owner: 'Maintained by', actions: 'Actions' },
  },
  externalProgrammeEdit: {
    title: 'Edit external programme',
    back: 'Back to the external programmes',
    newTitle: 'Add an external programme',
    add: 'Add programme',
    loading: 'Loading the external programme…',
    failed: 'This external programme could not be loaded. Does it exist?',
    conflict: 'Someone else changed this external programme in the meantime',
    notYours:
      'Your region does not maintain this programme: only a platform administrator changes a shared programme, only its region one of another region.',
    fields: { name: 'Name', level: 'Level', description: 'Description' },
  },
};
