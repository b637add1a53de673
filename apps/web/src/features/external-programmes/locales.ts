/** Strings of the external programmes in a region's administration, Dutch first. */
const nl = {
  externalProgrammes: {
    title: 'Externe programma’s',
    intro:
      'Provinciale, landelijke en Europese programma’s waar opdrachten aan bijdragen. Alle regio’s zien alle programma’s; een programma dat jouw regio toevoegt, houdt jouw regiobureau bij. Een gedeeld programma wijzigt alleen een platformbeheerder.',
    loading: 'Externe programma’s worden geladen…',
    failed: 'De externe programma’s konden niet worden geladen.',
    empty: 'Er zijn nog geen externe programma’s.',
    addLink: 'Extern programma toevoegen',
    owner: { own: 'van deze regio', shared: 'gedeeld', other: 'van een andere regio' },
    levels: { provincial: 'provinciaal', national: 'landelijk', eu: 'Europees' },
    columns: { name: 'Naam', level: 'Niveau', owner: 'Bijgehouden door', actions: 'Acties' },
  },
  externalProgrammeEdit: {
    title: 'Extern programma bewerken',
    back: 'Terug naar de externe programma’s',
    newTitle: 'Extern programma toevoegen',
    add: 'Programma toevoegen',
    loading: 'Extern programma wordt geladen…',
    failed: 'Dit externe programma kon niet worden geladen. Bestaat het wel?',
    conflict: 'Iemand anders heeft dit externe programma intussen gewijzigd',
    notYours:
      'Dit programma houdt jouw regio niet bij: een gedeeld programma wijzigt alleen een platformbeheerder, een programma van een andere regio alleen die regio.',
    fields: { name: 'Naam', level: 'Niveau', description: 'Beschrijving' },
  },
};

const en: typeof nl = {
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

export const externalProgrammesLocales = { nl, en };
