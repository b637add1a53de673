/** Strings of a member municipality's edit screen, Dutch first. */
const nl = {
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

const en: typeof nl = {
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

export const municipalitiesLocales = { nl, en };
