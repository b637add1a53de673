import type { themesNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const themesEn: typeof themesNl = {
  themeEdit: {
    title: 'Edit theme',
    newTitle: 'Add a theme',
    add: 'Add theme',
    addLink: 'Add a theme',
    loading: 'Loading the theme…',
    failed: 'This theme could not be loaded. Does it exist?',
    conflict: 'Someone else changed this theme in the meantime',
    fields: {
      title: 'Title',
      description: 'Description',
      periodStartYear: 'From (year)',
      periodEndYear: 'Until (year)',
    },
  },
};
