import type { populationImportNl } from './population-import-locales';

/** English of ./population-import-locales.ts: the same keys (a missing or extra one does not compile). */
export const populationImportEn: typeof populationImportNl = {
  populationImport: {
    title: 'Populations from CBS StatLine',
    intro:
      'Fill in the populations of all municipalities of {{region}} in one go. In CBS StatLine, download the table ‘Population on 1 January and average; sex, age and region’ (03759ned) as CSV, with the municipalities and the year you need. You first see what Koers makes of it; only then do you store them.',
    file: 'CSV file from StatLine',
    fileHelp:
      'Columns such as "Regio\'s", "Perioden" and "Bevolking op 1 januari (aantal)"; municipalities by name or GM code.',
    fileMissing: 'Choose the CSV file first.',
    source: 'Source',
    sourceHelp: 'Stored with every population. Empty: CBS StatLine with the file name.',
    referenceDate: 'Reference date (only when the file has no Perioden column)',
    referenceDateHelp: 'With a Perioden column the reference date is 1 January of that year.',
    preview: 'See what changes',
    previewing: 'Reading the file…',
    store: 'Store the populations',
    storing: 'Storing…',
    summary:
      '{{matched}} of the region’s municipalities found: {{new}} new, {{same}} already recorded, {{different}} different from what is recorded.',
    matchedCaption_one: '{{count}} population from the file',
    matchedCaption_other: '{{count}} populations from the file',
    columns: {
      municipality: 'Municipality',
      referenceDate: 'Reference date',
      population: 'Population',
      recorded: 'Recorded now',
      change: 'What happens',
      line: 'Line',
      label: 'In the file',
      reason: 'Why not',
    },
    changes: {
      new: 'Will be stored',
      same: 'Already recorded, stays',
      different: 'Differs from what is recorded',
    },
    differentWarning:
      '{{names}} already has a different population at that date. Koers does not overwrite it: correct it at the municipality, or leave that line out of the file.',
    unmatchedTitle_one: '{{count}} line not used',
    unmatchedTitle_other: '{{count}} lines not used',
    reasons: {
      unknown_municipality: 'not a municipality of this region',
      no_value: 'no population (empty or ‘.’)',
      no_date: 'no year and no reference date given',
      duplicate: 'a second population for the same municipality and date',
    },
    missingTitle_one: '{{count}} municipality of the region is not in the file',
    missingTitle_other: '{{count}} municipalities of the region are not in the file',
    nothingNew: 'There is nothing new to store.',
    stored_one: '{{count}} population is stored with source ‘{{source}}’.',
    stored_other: '{{count}} populations are stored with source ‘{{source}}’.',
    failed: 'The file could not be processed: {{message}}',
    backToAdmin: 'Back to administration',
    backToRegion: 'To the region’s municipalities',
  },
};
