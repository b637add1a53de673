import type { regionsNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const regionsEn: typeof regionsNl = {
  regionEdit: {
    button: 'Edit region',
    title: 'Edit region',
    calendar: 'The region’s reporting calendar has a page of its own:',
    calendarLink: 'Reporting calendar',
    loading: 'Loading the region…',
    failed: 'This region could not be loaded. Does it exist?',
    conflict: 'Someone else changed this region in the meantime',
    fields: {
      name: 'Name',
      shortName: 'Short name',
      governanceMode: 'Form of cooperation',
      provinces: 'Province(s), separated by commas',
      viewWindowWeeks: 'Period for a formal view (weeks)',
      defaultContributionKey: 'Default cost-sharing key of the region',
      mandateOverrun: 'A decision above the mandate',
      mandateOverrunSentence: 'Sentence with a decision above the mandate',
    },
    mandateOverrunRules: {
      refuse: 'is refused',
      escalate: 'is recorded and put to the board',
    },
  },
};
