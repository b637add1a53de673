import type { adminNl } from './admin-locales';

/** English of ./admin-locales.ts: the same keys (a missing or extra one does not compile). */
export const adminEn: typeof adminNl = {
  admin: {
    nav: 'Administration',
    title: 'Administration of {{region}}',
    intro: 'Here you keep the region’s data the programmes rest on up to date.',
    loading: 'Loading the region…',
    failed: 'This region could not be loaded.',
    notAllowed:
      'Administration is for the administrator and the bureau of this region. Ask the administrator if something needs doing here.',
    back: 'Back to administration',
    sections: {
      accounts: {
        title: 'Accounts and roles',
        text: 'Invite people, grant and revoke roles, deactivate accounts.',
      },
      populations: {
        title: 'Populations from CBS StatLine',
        text: 'Fill in the populations of all municipalities at once with the CBS CSV.',
      },
      municipalities: {
        title: 'Municipalities and populations',
        text: 'The region’s municipalities, each with its populations per reference date and their source.',
      },
      reference: {
        title: 'Themes, partners and people',
        text: 'The region’s themes, partner organisations and people; edit them from the region page.',
      },
      addTheme: {
        title: 'Add a theme',
        text: 'A new theme of the region, with its title, description and period.',
      },
      addPartner: {
        title: 'Add a partner',
        text: 'A new partner organisation, such as a province, water board or school.',
      },
      addPerson: {
        title: 'Add a person',
        text: 'A new person, with their function, organisation and municipality.',
      },
      externalProgrammes: {
        title: 'External programmes',
        text: 'Provincial, national and European programmes that assignments contribute to: view them, add one or edit your region’s.',
      },
      settings: {
        title: 'Region settings',
        text: 'Governance mode, the window for views and the default cost-sharing key.',
      },
    },
  },
};
