/** Strings of the downloads of a programme (Excel, CSV, PDF), Dutch first. */
const nl = {
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

const en: typeof nl = {
  exports: {
    title: 'Download',
    intro:
      'The whole programme as a file: an Excel workbook with every table and the contributions as formulas, one table as CSV, or the programme document as PDF.',
    workbook: 'Excel workbook (.xlsx)',
    document: 'Programme document (PDF)',
    documentConcept: 'Programme document (PDF, draft)',
    csvTitle: 'One table as CSV',
    table: 'Table',
    separator: 'Separator',
    separatorHelp:
      'With semicolons, amounts have a decimal comma (1234,56), as Dutch Excel opens them.',
    csvButton: 'Download CSV',
    tables: {
      assignments: 'Assignments',
      'budget-lines': 'Budget lines',
      'capacity-lines': 'Capacity',
      contributions: 'Contributions per municipality',
      'council-decisions': 'Council decisions',
      views: 'Formal views with answers',
    },
    separators: {
      semicolon: 'Semicolon (Dutch Excel)',
      comma: 'Comma (international)',
    },
    busy: 'Working…',
    busyStarting: 'Working: the file is being made…',
    busyReceived: 'Working: {{received}} received…',
    busyOf: 'Working: {{received}} of {{total}} received ({{percent}} %)…',
    done: '{{fileName}} has been downloaded.',
    failed: 'The download failed. Please try again.',
    notFound: 'This programme cannot be downloaded (any more).',
    keepWorking: 'You can keep working on this page meanwhile.',
  },
};

export const exportsLocales = { nl, en };
