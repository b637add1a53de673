/** Strings of the external programmes in a region's administration, in Dutch (English: locales.en.ts). */
export const externalProgrammesNl = {
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
