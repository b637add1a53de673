/** Strings of a municipality's population page and form, in Dutch (English: population-locales.en.ts). */
export const populationNl = {
  populations: {
    title: 'Inwonertal van {{name}}',
    pageLoading: 'Gemeente wordt geladen…',
    pageFailed: 'Deze gemeente kon niet worden geladen. Bestaat zij wel?',
    backToProgramme: 'Terug naar het programma',
    backToRegion: 'Terug naar de regio',
    current: 'Laatst bekend: {{population}} inwoners op {{date}}.',
    currentUnknown: 'Van deze gemeente is nog geen inwonertal bekend; Koers schat het niet.',
    historyTitle: 'Vastgelegde inwonertallen',
    historyIntro:
      'Een programma verdeelt de bijdragen naar het laatste inwonertal op of vóór zijn peildatum. Is dat cijfer meer dan een jaar ouder dan de peildatum, dan ziet het regiobureau dat vóór het verzenden.',
    loading: 'Inwonertallen worden geladen…',
    loadFailed: 'De inwonertallen konden niet worden geladen.',
    empty: 'Er is nog geen inwonertal vastgelegd.',
    caption_one: '{{count}} vastgelegd inwonertal',
    caption_other: '{{count}} vastgelegde inwonertallen',
    noSource: 'Geen bron vermeld',
    formTitle: 'Nieuw inwonertal vastleggen',
    formIntro:
      'Leg het inwonertal vast zoals de bron het geeft, met de datum waarop het geldt (bij het CBS meestal 1 januari).',
    fields: {
      referenceDate: 'Peildatum',
      population: 'Inwonertal',
      source: 'Bron',
    },
    help: {
      population: 'Een heel aantal inwoners, bijvoorbeeld 246.443.',
      source: 'Bijvoorbeeld: CBS StatLine, bevolking op 1 januari 2026.',
    },
    errors: {
      date: 'Vul de datum in waarop het inwonertal geldt.',
      population: 'Vul een heel aantal inwoners in, zonder komma (bijv. 246.443).',
      source: 'Vul de bron in, zodat de raden kunnen nagaan waar het cijfer vandaan komt.',
      taken: 'Voor deze datum is al een inwonertal vastgelegd.',
    },
    checkFields_one: 'Controleer {{count}} veld:',
    checkFields_other: 'Controleer {{count}} velden:',
    save: 'Inwonertal vastleggen',
    saving: 'Bezig met vastleggen…',
    saved: 'Het inwonertal van {{name}} is vastgelegd: {{population}} op {{date}}.',
    failed: 'Vastleggen lukte niet: {{message}}',
  },
};
