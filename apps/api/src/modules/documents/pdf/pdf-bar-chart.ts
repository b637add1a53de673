import { PDF_STYLE } from './pdf-style';
import {
  measureTable,
  renderTable,
  setAttributes,
  type PdfTableSpec,
  type RowBox,
} from './pdf-table';
import { pdfSafe } from './pdf-text';
import type { TaggedPdf } from './tagged-pdf';

export interface PdfBar {
  label: string;
  value: number;
}

export interface PdfBarChartSpec {
  /** Caption of the table that carries the same figures. */
  caption: string;
  /** What the chart shows, in words, for whoever cannot see it (the Figure's Alt). */
  alt: string;
  labelHeader: string;
  valueHeader: string;
  bars: PdfBar[];
  /** How a value is written (e.g. formatEuros for cents). */
  format: (value: number) => string;
  /** A totals row under the table. */
  total?: { label: string; value: number };
}

const BAR_HEIGHT = 11;
const BAR_GAP = 7;
const GUTTER = 16;

function ellipsize(pdf: TaggedPdf, text: string, width: number): string {
  const doc = pdf.doc;
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * A horizontal bar chart drawn as vectors, tagged as one Figure with alternative text, with the
 * table of the same figures. When the table fits on a page, the chart stands beside it, one bar
 * level with each row; otherwise the chart (labelled, continuing over pages in the same Figure)
 * comes first and the table below it.
 */
export function renderBarChart(pdf: TaggedPdf, spec: PdfBarChartSpec): void {
  if (spec.bars.length === 0) return;
  const doc = pdf.doc;
  const table: PdfTableSpec = {
    caption: spec.caption,
    columns: [
      { header: spec.labelHeader, weight: 3 },
      { header: spec.valueHeader, weight: 1.4, align: 'right' },
    ],
    rows: spec.bars.map((b) => [b.label, spec.format(b.value)]),
    rowHeaders: true,
    footer: spec.total ? [spec.total.label, spec.format(spec.total.value)] : undefined,
  };
  const fullHeight = pdf.bottom - doc.page.margins.top;
  const tableWidth = Math.round(pdf.contentWidth * 0.62);
  const besideTable = { ...table, width: tableWidth };
  const tableHeight = measureTable(pdf, besideTable);
  if (tableHeight <= fullHeight) {
    pdf.ensureSpace(tableHeight);
    const boxes = renderTable(pdf, besideTable, pdf.root);
    const after = doc.y;
    const x = pdf.left + tableWidth + GUTTER;
    drawBesideFigure(pdf, spec, boxes, x, pdf.contentWidth - tableWidth - GUTTER);
    doc.y = after;
    return;
  }
  drawFigure(pdf, spec, pdf.left, doc.y, pdf.contentWidth);
  doc.y += PDF_STYLE.paragraphGap * 2;
  renderTable(pdf, table, pdf.root);
}

/** Bars level with the rows of the table just drawn (all on this page). */
function drawBesideFigure(
  pdf: TaggedPdf,
  spec: PdfBarChartSpec,
  boxes: RowBox[],
  x: number,
  width: number,
) {
  const doc = pdf.doc;
  const figure = doc.struct('Figure', { alt: pdfSafe(spec.alt) });
  pdf.root.add(figure);
  const max = Math.max(0, ...spec.bars.map((b) => b.value));
  const top = boxes[0].y;
  const last = boxes[boxes.length - 1];
  const bottom = last.y + last.height;
  figure.add(() => {
    spec.bars.forEach((bar, i) => {
      const box = boxes[i];
      const length = max > 0 ? Math.max(0, (bar.value / max) * (width - 4)) : 0;
      const height = Math.min(BAR_HEIGHT, box.height - 4);
      if (length > 0) {
        doc
          .rect(x, box.y + (box.height - height) / 2, Math.max(length, 1), height)
          .fill(PDF_STYLE.bar);
      }
    });
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.75).strokeColor(PDF_STYLE.rule).stroke();
  });
  const pageHeight = doc.page.height;
  setAttributes(pdf, figure, {
    O: 'Layout',
    BBox: [x, pageHeight - bottom, x + width, pageHeight - top],
  });
  figure.end();
}

function drawFigure(pdf: TaggedPdf, spec: PdfBarChartSpec, x: number, top: number, width: number) {
  const doc = pdf.doc;
  const figure = doc.struct('Figure', { alt: pdfSafe(spec.alt) });
  pdf.root.add(figure);
  const max = Math.max(0, ...spec.bars.map((b) => b.value));
  doc.font(PDF_STYLE.font).fontSize(PDF_STYLE.smallSize);
  const valueWidth = Math.max(
    40,
    ...spec.bars.map((b) => doc.widthOfString(pdfSafe(spec.format(b.value)))),
  );
  const labelWidth = Math.round(width * 0.36);
  const barArea = Math.max(20, width - labelWidth - valueWidth - 12);
  let y = top + BAR_GAP;
  let index = 0;
  let firstBox: number[] | null = null;
  while (index < spec.bars.length) {
    const start = index;
    const pageTop = y;
    let end = start;
    while (end < spec.bars.length && y + BAR_HEIGHT + BAR_GAP <= pdf.bottom) {
      y += BAR_HEIGHT + BAR_GAP;
      end++;
    }
    if (end === start) {
      pdf.newPage();
      y = doc.y + BAR_GAP;
      continue;
    }
    figure.add(() => {
      spec.bars.slice(start, end).forEach((bar, i) => {
        const barY = pageTop + i * (BAR_HEIGHT + BAR_GAP);
        doc.font(PDF_STYLE.font).fontSize(PDF_STYLE.smallSize).fillColor(PDF_STYLE.text);
        const label = ellipsize(pdf, pdfSafe(bar.label), labelWidth - 6);
        doc.text(label, x, barY + 1.5, { width: labelWidth - 6, lineBreak: false });
        const length = max > 0 ? Math.max(0, (bar.value / max) * barArea) : 0;
        if (length > 0) {
          doc.rect(x + labelWidth, barY, Math.max(length, 1), BAR_HEIGHT).fill(PDF_STYLE.bar);
        }
        doc.fillColor(PDF_STYLE.text);
        doc.text(pdfSafe(spec.format(bar.value)), x + labelWidth + length + 4, barY + 1.5, {
          lineBreak: false,
        });
      });
      doc
        .moveTo(x + labelWidth, pageTop - 3)
        .lineTo(x + labelWidth, pageTop + (end - start) * (BAR_HEIGHT + BAR_GAP) - 3)
        .lineWidth(0.75)
        .strokeColor(PDF_STYLE.rule)
        .stroke();
    });
    firstBox ??= [x, pageTop, x + width, y];
    index = end;
    if (index < spec.bars.length) {
      pdf.newPage();
      y = doc.y + BAR_GAP;
    }
  }
  if (firstBox) {
    const [x1, y1, x2, y2] = firstBox;
    const height = doc.page.height;
    setAttributes(pdf, figure, { O: 'Layout', BBox: [x1, height - y2, x2, height - y1] });
  }
  figure.end();
  doc.y = y;
}
