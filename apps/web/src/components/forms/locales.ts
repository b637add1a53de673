/** Strings of the shared record edit form (people, themes, partners, municipalities, regions). */
const nl = {
  unsavedChanges: {
    question:
      'Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je deze pagina verlaten? Je wijzigingen gaan dan verloren.',
    stay: 'Blijven en verder werken',
    go: 'Pagina verlaten zonder opslaan',
  },
  recordEdit: {
    toRegion: 'Terug naar de regio',
    save: 'Wijzigingen opslaan',
    saving: 'Wijzigingen worden opgeslagen…',
    saved: 'De wijzigingen zijn opgeslagen.',
    failed: 'De wijzigingen zijn niet opgeslagen: {{message}}',
    back: 'Terug',
    edit: '{{name}} bewerken',
    editShort: 'bewerken',
    none: '— geen —',
    checkFields_one: 'Controleer {{count}} veld:',
    checkFields_other: 'Controleer {{count}} velden:',
    only: {
      bureau: 'Alleen het regiobureau kan deze gegevens wijzigen.',
      admin: 'Alleen de beheerder van de regio kan deze gegevens wijzigen.',
    },
    conflict: {
      kept: 'Je wijzigingen staan nog in het formulier. Laad de nieuwste versie, of sla jouw versie op over die van de ander heen.',
      reload: 'Nieuwste versie laden',
      keepMine: 'Mijn wijzigingen houden',
    },
  },
};

const en: typeof nl = {
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

export const recordEditLocales = { nl, en };
