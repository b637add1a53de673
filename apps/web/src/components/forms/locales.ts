/** Strings of the shared record edit form (people, themes, partners, municipalities, regions). */
export const recordEditNl = {
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
