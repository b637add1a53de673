/** Strings of the CBS population upload, in Dutch (English: population-import-locales.en.ts). */
export const populationImportNl = {
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
