/** Strings of the people of a region and their edit screen, Dutch first. */
const nl = {
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

const en: typeof nl = {
  people: {
    title: 'People',
    loading: 'Loading people…',
    search: 'Search for a person',
    failed: 'The people could not be loaded.',
    empty: 'This region has no people yet.',
  },
  personEdit: {
    title: 'Edit person',
    newTitle: 'Add a person',
    add: 'Add person',
    addLink: 'Add a person',
    loading: 'Loading the person…',
    failed: 'This person could not be loaded. Do they exist?',
    conflict: 'Someone else changed this person in the meantime',
    fields: {
      name: 'Name',
      email: 'E-mail address',
      function: 'Function',
      organisationId: 'Organisation',
      municipalityId: 'Municipality',
    },
  },
};

export const peopleLocales = { nl, en };
