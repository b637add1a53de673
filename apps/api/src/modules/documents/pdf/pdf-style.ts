/** Type sizes, colours and spacing of every Koers document: one look for all of them. */
export const PDF_STYLE = {
  font: 'Helvetica',
  bold: 'Helvetica-Bold',
  bodySize: 10,
  smallSize: 8.5,
  tableSize: 9,
  headingSizes: { 1: 18, 2: 13.5, 3: 11 } as Record<1 | 2 | 3, number>,
  text: '#1a1a1a',
  muted: '#4d4d4d',
  rule: '#8c8c8c',
  headerFill: '#e8eef4',
  bar: '#1f5f8b',
  conceptMark: '#b00020',
  margins: { top: 56, bottom: 64, left: 56, right: 56 },
  cellPadding: 4,
  paragraphGap: 6,
} as const;
