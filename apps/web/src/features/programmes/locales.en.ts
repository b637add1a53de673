import type { programmesNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const programmesEn: typeof programmesNl = {
  workspace: {
    summary: 'Annual programme {{year}} · status: {{status}}',
    subNavigation: 'Parts of this programme',
    loading: 'Loading the programme…',
    failed: 'This programme could not be loaded. Does it exist?',
    links: {
      assignments: 'Assignments',
      lifecycle: 'Decision-making',
      ratification: 'Council decisions',
      history: 'History',
      log: 'Log',
    },
    totals: {
      title: 'Totals',
      summary_one:
        '{{count}} assignment, together {{amount}} budgeted; capacity {{fte}} FTE and {{hours}} hours.',
      summary_other:
        '{{count}} assignments, together {{amount}} budgeted; capacity {{fte}} FTE and {{hours}} hours.',
      amount: 'Amount',
      total: 'Total',
      byTheme: 'Budget by theme',
      theme: 'Theme',
      bySource: 'Budget by funding source',
      source: 'Source',
      byYear: 'Budget by year',
      year: 'Year',
    },
    fundingSources: {
      member_contribution: 'Contribution of the municipalities',
      extra_member_contribution: 'Extra contribution of some municipalities',
      province: 'Province',
      national: 'National government',
      eu: 'European Union',
      private: 'Private partners',
      other: 'Other',
    },
  },
  programmeNew: {
    title: 'New annual programme',
    intro:
      'Start the programme for a new year. The regional bureau then adds the assignments; the programme stays a draft until it goes to the board.',
    button: 'New annual programme',
    bureauOnly: 'Only the regional bureau of this region starts a new annual programme.',
    back: 'Back to {{region}}',
    defaultTitle: 'Work programme {{year}} {{region}}',
    fields: {
      year: 'Year',
      title: 'Title',
      introduction: 'Introduction',
      populationReferenceDate: 'Population reference date',
      viewWindowWeeks: 'Period for formal views (weeks)',
    },
    help: {
      introduction:
        'What the region wants to achieve together this year; councils read this first.',
      populationReferenceDate:
        'The populations on this date decide what each municipality pays. Empty: 1 January {{year}}.',
      viewWindowWeeks: 'Empty: the region’s period, {{weeks}} weeks.',
      takeOver:
        'The assignments that are not done or dropped, as they stand and with their steering groups, with their budget and capacity from {{year}} on. The regional bureau then adjusts them.',
    },
    takeOver: 'Take the continuing assignments over from {{from}}',
    yearTaken: 'This region already has a programme for {{year}}; choose another year.',
    checkFields_one: 'Check {{count}} field:',
    checkFields_other: 'Check {{count}} fields:',
    failed: 'The programme was not created: {{message}}',
    create: 'Create programme',
    creating: 'Creating the programme…',
    cancel: 'Cancel',
    created: 'Annual programme {{year}} has been created. Now add its assignments.',
    createdWithCopies_one:
      'Annual programme {{year}} has been created with {{count}} continuing assignment from {{from}}. Update it for the new year.',
    createdWithCopies_other:
      'Annual programme {{year}} has been created with {{count}} continuing assignments from {{from}}. Update them for the new year.',
    createdCopyFailed:
      'Annual programme {{year}} has been created, but the assignments from {{from}} were not taken over: {{message}} Add them yourself.',
  },
  programmeEdit: {
    button: 'Edit programme',
    title: 'Edit programme',
    back: 'Back to {{title}}',
    save: 'Save changes',
    saving: 'Saving the changes…',
    saved: 'The changes to the programme have been saved.',
    failed: 'The changes were not saved: {{message}}',
    notDraft:
      'This programme is no longer a draft. Title, introduction and reference date are fixed; the board returns the programme to draft to change them.',
    conflict: {
      title: 'Someone else changed this programme in the meantime',
      kept: 'Your changes are still in the form. Load the latest version, or save yours over theirs.',
      reload: 'Load the latest version',
      keepMine: 'Keep my changes',
    },
    lookupsFailed:
      'The region and its municipalities could not be loaded, so neither could the form. Please try again later.',
    key: {
      legend: 'The programme’s default cost-sharing key',
      preview_one:
        'This is how the key “{{key}}” splits an example amount of {{amount}} over {{count}} municipality of the region. Assignments without their own key follow this key. This follows what you enter now; it is not saved yet.',
      preview_other:
        'This is how the key “{{key}}” splits an example amount of {{amount}} over the {{count}} municipalities of the region. Assignments without their own key follow this key. This follows what you enter now; it is not saved yet.',
      field: 'Cost-sharing key',
    },
  },
};
