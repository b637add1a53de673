import type { peopleNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const peopleEn: typeof peopleNl = {
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
