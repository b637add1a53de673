import type { municipalitiesNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const municipalitiesEn: typeof municipalitiesNl = {
  municipalityEdit: {
    title: 'Edit municipality',
    loading: 'Loading the municipality…',
    failed: 'This municipality could not be loaded. Does it exist?',
    conflict: 'Someone else changed this municipality in the meantime',
    fields: {
      name: 'Name',
      cbsCode: 'CBS code',
      province: 'Province',
      memberFrom: 'Member since',
      memberUntil: 'Member until',
    },
  },
};
