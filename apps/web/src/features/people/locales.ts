/** Strings of the people of a region and their edit screen, in Dutch (English: locales.en.ts). */
export const peopleNl = {
  people: {
    title: 'Personen',
    loading: 'Personen worden geladen…',
    failed: 'De personen konden niet worden geladen.',
    empty: 'Deze regio heeft nog geen personen.',
    search: 'Zoek een persoon',
  },
  personEdit: {
    title: 'Persoon bewerken',
    newTitle: 'Persoon toevoegen',
    add: 'Persoon toevoegen',
    addLink: 'Persoon toevoegen',
    loading: 'Persoon wordt geladen…',
    failed: 'Deze persoon kon niet worden geladen. Bestaat hij of zij wel?',
    conflict: 'Iemand anders heeft deze persoon intussen gewijzigd',
    fields: {
      name: 'Naam',
      email: 'E-mailadres',
      function: 'Functie',
      organisationId: 'Organisatie',
      municipalityId: 'Gemeente',
    },
  },
};
