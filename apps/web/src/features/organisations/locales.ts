/** Strings of a partner organisation's edit screen, Dutch first. */
const nl = {
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

const en: typeof nl = {
  organisationEdit: {
    title: 'Edit partner',
    newTitle: 'Add a partner',
    add: 'Add partner',
    addLink: 'Add a partner',
    loading: 'Loading the partner…',
    failed: 'This partner could not be loaded. Does it exist?',
    conflict: 'Someone else changed this partner in the meantime',
    fields: { name: 'Name', kind: 'Kind of organisation' },
  },
};

export const organisationsLocales = { nl, en };
