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

/** One segment of a stacked bar: a count and how it is drawn (fill and/or hatching). */
export interface PdfSegmentStyle {
  label: string;
  fill: string;
  /** Diagonal lines over the fill, so the segments differ without colour. */
  hatch?: boolean;
  /** An outline only (e.g. "no report"). */
  outline?: boolean;
}

const GUTTER = 14;

/**
 * A table with a figure beside it, one mark level with each row (as the council pack's bar
 * chart): the table carries the figures, the Figure (with alternative text) draws them. When the
 * table does not fit on one page, it is drawn in full width without the figure.
 */
export function tableWithFigure(
  pdf: TaggedPdf,
  table: PdfTableSpec,
  alt: string,
  draw: (boxes: RowBox[], x: number, width: number) => void,
  tableShare = 0.6,
): void {
  const doc = pdf.doc;
  const width = Math.round(pdf.contentWidth * tableShare);
  const beside = { ...table, width };
  const height = measureTable(pdf, beside);
  if (table.rows.length === 0 || height > pdf.bottom - doc.page.margins.top) {
    renderTable(pdf, table, pdf.root);
    doc.y += PDF_STYLE.paragraphGap * 1.5;
    return;
  }
  pdf.ensureSpace(height);
  const boxes = renderTable(pdf, beside, pdf.root);
  const after = doc.y;
  const x = pdf.left + width + GUTTER;
  const figureWidth = pdf.contentWidth - width - GUTTER;
  const figure = doc.struct('Figure', { alt: pdfSafe(alt) });
  pdf.root.add(figure);
  figure.add(() => draw(boxes, x, figureWidth));
  const top = boxes[0].y - 14;
  const last = boxes[boxes.length - 1];
  const pageHeight = doc.page.height;
  setAttributes(pdf, figure, {
    O: 'Layout',
    BBox: [x, pageHeight - (last.y + last.height), x + figureWidth, pageHeight - top],
  });
  figure.end();
  doc.x = pdf.left;
  doc.y = after + PDF_STYLE.paragraphGap * 1.5;
}

function hatch(pdf: TaggedPdf, x: number, y: number, w: number, h: number): void {
  const doc = pdf.doc;
  doc.save();
  doc.rect(x, y, w, h).clip();
  for (let i = -h; i < w; i += 3.5) doc.moveTo(x + i, y + h).lineTo(x + i + h, y);
  doc.lineWidth(0.6).strokeColor('#ffffff').stroke();
  doc.restore();
}

/** Budget (outlined bar) and spent (filled bar inside it) per row; over budget drawn hatched. */
export function drawSpendBars(
  pdf: TaggedPdf,
  rows: { budgetCents: number; spentCents: number }[],
  boxes: RowBox[],
  x: number,
  width: number,
): void {
  const doc = pdf.doc;
  const max = Math.max(1, ...rows.flatMap((r) => [r.budgetCents, r.spentCents]));
  const scale = (cents: number) => (cents / max) * (width - 4);
  legend(pdf, x, boxes[0].y - 12, [
    { label: 'begroting', fill: '#ffffff', outline: true },
    { label: 'besteed', fill: PDF_STYLE.bar },
    { label: 'boven begroting', fill: '#8b1f1f', hatch: true },
  ]);
  rows.forEach((row, i) => {
    const box = boxes[i];
    const h = Math.min(10, box.height - 4);
    const y = box.y + (box.height - h) / 2;
    const budget = scale(row.budgetCents);
    if (budget > 0) doc.rect(x, y, budget, h).lineWidth(0.8).strokeColor(PDF_STYLE.text).stroke();
    const within = scale(Math.min(row.spentCents, row.budgetCents));
    if (within > 0) doc.rect(x, y + 2, within, h - 4).fill(PDF_STYLE.bar);
    if (row.spentCents > row.budgetCents) {
      const over = scale(row.spentCents) - budget;
      doc.rect(x + budget, y + 2, Math.max(over, 1), h - 4).fill('#8b1f1f');
      hatch(pdf, x + budget, y + 2, Math.max(over, 1), h - 4);
    }
  });
  doc.moveTo(x, boxes[0].y).lineTo(x, boxes[boxes.length - 1].y + boxes[boxes.length - 1].height);
  doc.lineWidth(0.75).strokeColor(PDF_STYLE.rule).stroke();
}

/** One stacked bar per row: the counts per status, each segment styled so it reads in grey. */
export function drawStackedBars(
  pdf: TaggedPdf,
  rows: number[][],
  styles: PdfSegmentStyle[],
  boxes: RowBox[],
  x: number,
  width: number,
): void {
  const doc = pdf.doc;
  const max = Math.max(1, ...rows.map((r) => r.reduce((a, b) => a + b, 0)));
  legend(pdf, x, boxes[0].y - 12, styles);
  rows.forEach((row, i) => {
    const box = boxes[i];
    const h = Math.min(10, box.height - 4);
    const y = box.y + (box.height - h) / 2;
    let at = x;
    row.forEach((count, s) => {
      if (count <= 0) return;
      const w = (count / max) * (width - 4);
      const style = styles[s];
      if (style.outline) doc.rect(at, y, w, h).lineWidth(0.8).strokeColor(PDF_STYLE.text).stroke();
      else doc.rect(at, y, w, h).fill(style.fill);
      if (style.hatch) hatch(pdf, at, y, w, h);
      at += w;
    });
  });
}

function legend(pdf: TaggedPdf, x: number, y: number, styles: PdfSegmentStyle[]): void {
  const doc = pdf.doc;
  doc.font(PDF_STYLE.font).fontSize(6.5);
  let at = x;
  for (const style of styles) {
    if (style.outline) doc.rect(at, y, 7, 6).lineWidth(0.6).strokeColor(PDF_STYLE.text).stroke();
    else doc.rect(at, y, 7, 6).fill(style.fill);
    if (style.hatch) hatch(pdf, at, y, 7, 6);
    doc.fillColor(PDF_STYLE.text).text(style.label, at + 9, y - 0.5, { lineBreak: false });
    at += 9 + doc.widthOfString(style.label) + 6;
  }
}

export interface PdfTrendSpec {
  alt: string;
  labels: string[];
  values: number[];
  target: number | null;
  baseline: number | null;
  format: (value: number) => string;
}

/** A line chart of a KPI over the periods, with its baseline and target as dashed lines. */
export function trendFigure(pdf: TaggedPdf, spec: PdfTrendSpec, x: number, width: number): void {
  const doc = pdf.doc;
  const height = 110;
  pdf.ensureSpace(height + 24);
  const top = doc.y + 6;
  const figure = doc.struct('Figure', { alt: pdfSafe(spec.alt) });
  pdf.root.add(figure);
  const marks = [...spec.values, spec.target, spec.baseline].filter((v): v is number => v !== null);
  const lo = Math.min(0, ...marks);
  const hi = Math.max(...marks, lo + 1);
  const plotLeft = x + 44;
  const plotWidth = width - 60;
  const yOf = (v: number) => top + height - ((v - lo) / (hi - lo)) * height;
  const step = spec.values.length > 1 ? plotWidth / (spec.values.length - 1) : 0;
  const xOf = (i: number) => plotLeft + (spec.values.length > 1 ? i * step : plotWidth / 2);
  figure.add(() => {
    doc.font(PDF_STYLE.font).fontSize(7).fillColor(PDF_STYLE.muted);
    doc
      .moveTo(plotLeft, top)
      .lineTo(plotLeft, top + height)
      .lineTo(plotLeft + plotWidth, top + height);
    doc.lineWidth(0.75).strokeColor(PDF_STYLE.rule).stroke();
    for (const [label, value] of [
      ['streef', spec.target],
      ['basis', spec.baseline],
    ] as const) {
      if (value === null) continue;
      doc.moveTo(plotLeft, yOf(value)).lineTo(plotLeft + plotWidth, yOf(value));
      doc.dash(3, { space: 2 }).lineWidth(0.6).strokeColor(PDF_STYLE.muted).stroke().undash();
      doc.text(`${label} ${spec.format(value)}`, x, yOf(value) - 3, {
        width: 42,
        lineBreak: false,
      });
    }
    spec.values.forEach((v, i) => {
      if (i > 0) doc.moveTo(xOf(i - 1), yOf(spec.values[i - 1])).lineTo(xOf(i), yOf(v));
    });
    doc.lineWidth(1.5).strokeColor(PDF_STYLE.bar).stroke();
    spec.values.forEach((v, i) => {
      doc.circle(xOf(i), yOf(v), 2.5).fill(PDF_STYLE.bar);
      doc
        .fillColor(PDF_STYLE.text)
        .text(spec.format(v), xOf(i) + 4, yOf(v) - 10, { lineBreak: false });
      const label = pdfSafe(spec.labels[i]);
      const w = Math.min(doc.widthOfString(label), 110);
      doc.fillColor(PDF_STYLE.muted).text(label, xOf(i) - w / 2, top + height + 4, {
        width: w + 2,
        lineBreak: false,
        ellipsis: true,
      });
    });
  });
  const pageHeight = doc.page.height;
  setAttributes(pdf, figure, {
    O: 'Layout',
    BBox: [x, pageHeight - (top + height + 14), x + width, pageHeight - top],
  });
  figure.end();
  doc.x = pdf.left;
  doc.y = top + height + 22;
}
