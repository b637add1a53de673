import type { populationNl } from './population-locales';

/** English of ./population-locales.ts: the same keys (a missing or extra one does not compile). */
export const populationEn: typeof populationNl = {
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
