export { TaggedPdf, type HeadingLevel, type TaggedPdfOptions } from './tagged-pdf';
export type { PdfTableColumn, PdfTableSpec } from './pdf-table';
export type { PdfBar, PdfBarChartSpec } from './pdf-bar-chart';
export { pdfFileName, pdfResponse } from './pdf-file';
export { pdfSafe } from './pdf-text';
