/** Strings of a municipality's population page and form, Dutch first. */
const nl = {
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

const en: typeof nl = {
  populations: {
    title: 'Population of {{name}}',
    pageLoading: 'Loading the municipality…',
    pageFailed: 'This municipality could not be loaded. Does it exist?',
    backToProgramme: 'Back to the programme',
    backToRegion: 'Back to the region',
    current: 'Latest known: {{population}} inhabitants on {{date}}.',
    currentUnknown: 'No population is known for this municipality yet; Koers does not estimate it.',
    historyTitle: 'Recorded populations',
    historyIntro:
      'A programme splits the contributions by the latest population on or before its reference date. When that figure is more than a year older than the reference date, the regional bureau sees it before sending.',
    loading: 'Loading populations…',
    loadFailed: 'The populations could not be loaded.',
    empty: 'No population has been recorded yet.',
    caption_one: '{{count}} recorded population',
    caption_other: '{{count}} recorded populations',
    noSource: 'No source given',
    formTitle: 'Record a new population',
    formIntro:
      'Record the population as the source gives it, with the date it applies to (for CBS usually 1 January).',
    fields: {
      referenceDate: 'Reference date',
      population: 'Population',
      source: 'Source',
    },
    help: {
      population: 'A whole number of inhabitants, for example 246.443.',
      source: 'For example: CBS StatLine, population on 1 January 2026.',
    },
    errors: {
      date: 'Enter the date the population applies to.',
      population: 'Enter a whole number of inhabitants, without decimals (e.g. 246.443).',
      source: 'Enter the source, so the councils can check where the figure comes from.',
      taken: 'A population has already been recorded for this date.',
    },
    checkFields_one: 'Check {{count}} field:',
    checkFields_other: 'Check {{count}} fields:',
    save: 'Record population',
    saving: 'Recording…',
    saved: 'The population of {{name}} has been recorded: {{population}} on {{date}}.',
    failed: 'Recording failed: {{message}}',
  },
};

export const populationLocales = { nl, en };
