import type { organisationsNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const organisationsEn: typeof organisationsNl = {
  organisationEdit: {
    title: 'Edit partner',
    newTitle: 'Add a partner',
    add: 'Add partner',
    addLink: 'Add a partner',
    loading: 'Loading the partner…',
    failed: 'This partner could not be loaded. Does it exist?',
    conflict: 'Someone else changed this partner in the meantime',
    fields: { name: 'Name', kind: 'Kind of organisation' },
  },
};
