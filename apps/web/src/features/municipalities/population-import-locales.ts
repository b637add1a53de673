/** Strings of the CBS population upload, Dutch first. */
const nl = {
  populationImport: {
    title: 'Inwonertallen uit CBS StatLine',
    intro:
      'Vul in één keer de inwonertallen van alle gemeenten van {{region}} in. Download in CBS StatLine de tabel ‘Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio’ (03759ned) als CSV, met de gemeenten en het jaar dat je nodig hebt. Je ziet eerst wat Koers ervan maakt; pas daarna leg je ze vast.',
    file: 'CSV-bestand uit StatLine',
    fileHelp:
      'Kolommen zoals "Regio\'s", "Perioden" en "Bevolking op 1 januari (aantal)"; gemeenten op naam of met GM-code.',
    fileMissing: 'Kies eerst het CSV-bestand.',
    source: 'Bron',
    sourceHelp:
      'Komt bij elk vastgelegd inwonertal te staan. Leeg: CBS StatLine met de bestandsnaam.',
    referenceDate: 'Peildatum (alleen als het bestand geen kolom Perioden heeft)',
    referenceDateHelp: 'Met een kolom Perioden is de peildatum 1 januari van dat jaar.',
    preview: 'Bekijk wat er verandert',
    previewing: 'Bestand wordt gelezen…',
    store: 'Inwonertallen vastleggen',
    storing: 'Bezig met vastleggen…',
    summary:
      '{{matched}} van de gemeenten van de regio gevonden: {{new}} nieuw, {{same}} al vastgelegd, {{different}} anders dan vastgelegd.',
    matchedCaption_one: '{{count}} inwonertal uit het bestand',
    matchedCaption_other: '{{count}} inwonertallen uit het bestand',
    columns: {
      municipality: 'Gemeente',
      referenceDate: 'Peildatum',
      population: 'Inwonertal',
      recorded: 'Nu vastgelegd',
      change: 'Wat er gebeurt',
      line: 'Regel',
      label: 'In het bestand',
      reason: 'Waarom niet',
    },
    changes: {
      new: 'Wordt vastgelegd',
      same: 'Al vastgelegd, blijft zo',
      different: 'Wijkt af van wat vastgelegd is',
    },
    differentWarning:
      'Van {{names}} is op die datum al een ander inwonertal vastgelegd. Koers overschrijft dat niet: pas het aan bij de gemeente, of laat die regel uit het bestand weg.',
    unmatchedTitle_one: '{{count}} regel niet gebruikt',
    unmatchedTitle_other: '{{count}} regels niet gebruikt',
    reasons: {
      unknown_municipality: 'geen gemeente van deze regio',
      no_value: 'geen inwonertal (leeg of ‘.’)',
      no_date: 'geen jaar en geen peildatum opgegeven',
      duplicate: 'tweede inwonertal voor dezelfde gemeente en datum',
    },
    missingTitle_one: '{{count}} gemeente van de regio staat niet in het bestand',
    missingTitle_other: '{{count}} gemeenten van de regio staan niet in het bestand',
    nothingNew: 'Er is niets nieuws om vast te leggen.',
    stored_one: '{{count}} inwonertal is vastgelegd met bron ‘{{source}}’.',
    stored_other: '{{count}} inwonertallen zijn vastgelegd met bron ‘{{source}}’.',
    failed: 'Het bestand kon niet worden verwerkt: {{message}}',
    backToAdmin: 'Terug naar beheer',
    backToRegion: 'Naar de gemeenten van de regio',
  },
};

const en: typeof nl = {
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

export const populationImportLocales = { nl, en };
