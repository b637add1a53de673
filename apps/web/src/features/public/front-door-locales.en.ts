import type { frontDoorNl } from './front-door-locales';

/** English of ./front-door-locales.ts: the same keys (a missing or extra one does not compile). */
export const frontDoorEn: typeof frontDoorNl = {
  frontDoor: {
    title: 'Public annual programmes',
    loading: 'Loading public programmes…',
    failed: 'The public programmes could not be loaded. Please try again later.',
    empty:
      'No programme has been adopted yet. As soon as a board adopts an annual programme, it appears here.',
    search: 'Search by region or municipality',
    searchHelp: 'For example “Eindhoven”, “Zwolle” or “Geldrop-Mierlo”.',
    searchingMembers: 'Searching the municipalities…',
    found_one: '{{count}} programme found.',
    found_other: '{{count}} programmes found.',
    noMatch: 'No programme of a region or municipality by that name.',
    municipalities: 'Municipalities',
    municipalityLink: 'What {{name}} pays',
    programmeFacts_one: '{{year}} · {{status}} · {{count}} assignment · budget {{amount}}',
    programmeFacts_other: '{{year}} · {{status}} · {{count}} assignments · budget {{amount}}',
    municipality: {
      label: 'Public municipality page',
      loading: 'Loading contributions…',
      intro: 'What {{name}} contributes to the adopted annual programmes of its region.',
      caption: 'Contribution of {{name}} per annual programme',
      programme: 'Annual programme',
      region: 'Region',
      amount: 'Contribution',
      unknownTitle: 'Municipality not found',
      unknown:
        'No municipality of this name contributes to an adopted annual programme. Check the address or look the municipality up on the home page.',
      back: 'To all public programmes',
    },
  },
};
