/** Strings of a theme's edit screen, Dutch first. */
const nl = {
  themeEdit: {
    title: 'Opgave bewerken',
    newTitle: 'Opgave toevoegen',
    add: 'Opgave toevoegen',
    addLink: 'Opgave toevoegen',
    loading: 'Opgave wordt geladen…',
    failed: 'Deze opgave kon niet worden geladen. Bestaat zij wel?',
    conflict: 'Iemand anders heeft deze opgave intussen gewijzigd',
    fields: {
      title: 'Titel',
      description: 'Beschrijving',
      periodStartYear: 'Van (jaar)',
      periodEndYear: 'Tot en met (jaar)',
    },
  },
};

const en: typeof nl = {
  themeEdit: {
    title: 'Edit theme',
    newTitle: 'Add a theme',
    add: 'Add theme',
    addLink: 'Add a theme',
    loading: 'Loading the theme…',
    failed: 'This theme could not be loaded. Does it exist?',
    conflict: 'Someone else changed this theme in the meantime',
    fields: {
      title: 'Title',
      description: 'Description',
      periodStartYear: 'From (year)',
      periodEndYear: 'Until (year)',
    },
  },
};

export const themesLocales = { nl, en };
