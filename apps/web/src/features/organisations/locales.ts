/** Strings of a partner organisation's edit screen, in Dutch (English: locales.en.ts). */
export const organisationsNl = {
  organisationEdit: {
    title: 'Partner bewerken',
    newTitle: 'Partner toevoegen',
    add: 'Partner toevoegen',
    addLink: 'Partner toevoegen',
    loading: 'Partner wordt geladen…',
    failed: 'Deze partner kon niet worden geladen. Bestaat hij wel?',
    conflict: 'Iemand anders heeft deze partner intussen gewijzigd',
    fields: { name: 'Naam', kind: 'Soort organisatie' },
  },
};
