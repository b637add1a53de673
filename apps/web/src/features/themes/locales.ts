/** Strings of a theme's edit screen, in Dutch (English: locales.en.ts). */
export const themesNl = {
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
