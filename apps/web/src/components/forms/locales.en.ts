import type { recordEditNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const recordEditEn: typeof recordEditNl = {
  unsavedChanges: {
    question:
      'You have changes that are not saved. Do you want to leave this page? Your changes will be lost.',
    stay: 'Stay and keep working',
    go: 'Leave without saving',
  },
  recordEdit: {
    toRegion: 'Back to the region',
    save: 'Save changes',
    saving: 'Saving the changes…',
    saved: 'The changes have been saved.',
    failed: 'The changes were not saved: {{message}}',
    back: 'Back',
    edit: 'Edit {{name}}',
    editShort: 'edit',
    none: '— none —',
    checkFields_one: 'Check {{count}} field:',
    checkFields_other: 'Check {{count}} fields:',
    only: {
      bureau: 'Only the regional bureau can change these details.',
      admin: 'Only the administrator of the region can change these details.',
    },
    conflict: {
      kept: 'Your changes are still in the form. Load the latest version, or save yours over theirs.',
      reload: 'Load the latest version',
      keepMine: 'Keep my changes',
    },
  },
};
