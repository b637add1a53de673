import type { exportsNl } from './locales';

/** English of ./locales.ts: the same keys (a missing or extra one does not compile). */
export const exportsEn: typeof exportsNl = {
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
