/** Strings of a member municipality's edit screen, in Dutch (English: locales.en.ts). */
export const municipalitiesNl = {
  municipalityEdit: {
    title: 'Gemeente bewerken',
    loading: 'Gemeente wordt geladen…',
    failed: 'Deze gemeente kon niet worden geladen. Bestaat zij wel?',
    conflict: 'Iemand anders heeft deze gemeente intussen gewijzigd',
    fields: {
      name: 'Naam',
      cbsCode: 'CBS-code',
      province: 'Provincie',
      memberFrom: 'Lid sinds',
      memberUntil: 'Lid tot en met',
    },
  },
};
