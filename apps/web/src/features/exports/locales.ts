/** Strings of the downloads of a programme (Excel, CSV, PDF), in Dutch (English: locales.en.ts). */
export const exportsNl = {
  exports: {
    title: 'Downloaden',
    intro:
      'Het hele programma als bestand: een Excel-werkmap met alle tabellen en de bijdragen als formules, een tabel als CSV, of het programmadocument als PDF.',
    workbook: 'Excel-werkmap (.xlsx)',
    document: 'Programmadocument (PDF)',
    documentConcept: 'Programmadocument (PDF, concept)',
    csvTitle: 'Eén tabel als CSV',
    table: 'Tabel',
    separator: 'Scheidingsteken',
    separatorHelp:
      'Met puntkomma staan bedragen met een decimale komma (1234,56), zoals Nederlandse Excel ze opent.',
    csvButton: 'CSV downloaden',
    tables: {
      assignments: 'Opdrachten',
      'budget-lines': 'Begrotingsregels',
      'capacity-lines': 'Capaciteit',
      contributions: 'Bijdragen per gemeente',
      'council-decisions': 'Raadsbesluiten',
      views: 'Zienswijzen met antwoorden',
    },
    separators: {
      semicolon: 'Puntkomma (Nederlandse Excel)',
      comma: 'Komma (internationaal)',
    },
    busy: 'Bezig…',
    busyStarting: 'Bezig: het bestand wordt gemaakt…',
    busyReceived: 'Bezig: {{received}} ontvangen…',
    busyOf: 'Bezig: {{received}} van {{total}} ontvangen ({{percent}} %)…',
    done: '{{fileName}} is gedownload.',
    failed: 'Downloaden is mislukt. Probeer het opnieuw.',
    notFound: 'Dit programma is niet (meer) te downloaden.',
    keepWorking: 'Je kunt intussen verder werken op deze pagina.',
  },
};
