import { PDF_STYLE } from './pdf-style';
import { pdfSafe } from './pdf-text';
import type { StructElement, TaggedPdf } from './tagged-pdf';

export interface PdfTableColumn {
  header: string;
  /** Share of the table's width relative to the other columns (default 1). */
  weight?: number;
  /** Amounts are right-aligned. */
  align?: 'left' | 'right';
}

export interface PdfTableSpec {
  /** Shown above the table, in bold, as the table's Caption element. */
  caption?: string;
  columns: PdfTableColumn[];
  rows: string[][];
  /** The first cell of each row is a row header (TH, scope Row), e.g. the assignment's name. */
  rowHeaders?: boolean;
  /** A totals row (TFoot), in bold. */
  footer?: string[];
  /** Placement; the full content width from the left margin when left out. */
  x?: number;
  width?: number;
}

/** Where a body row was drawn: its top and height on its page. */
export interface RowBox {
  y: number;
  height: number;
}

interface Layout {
  x: number;
  widths: number[];
}

const PAD = PDF_STYLE.cellPadding;

function layoutOf(pdf: TaggedPdf, spec: PdfTableSpec): Layout {
  const width = spec.width ?? pdf.contentWidth;
  const weights = spec.columns.map((c) => c.weight ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  return { x: spec.x ?? pdf.left, widths: weights.map((w) => (width * w) / sum) };
}

function fontFor(pdf: TaggedPdf, bold: boolean): void {
  pdf.doc.font(bold ? PDF_STYLE.bold : PDF_STYLE.font).fontSize(PDF_STYLE.tableSize);
}

function rowHeight(pdf: TaggedPdf, layout: Layout, cells: string[], bold: (i: number) => boolean) {
  let height = 0;
  cells.forEach((text, i) => {
    fontFor(pdf, bold(i));
    const w = layout.widths[i] - 2 * PAD;
    height = Math.max(height, pdf.doc.heightOfString(pdfSafe(text) || ' ', { width: w }));
  });
  return height + 2 * PAD;
}

/** The height the whole table would take if it did not break (to place it beside a chart). */
export function measureTable(pdf: TaggedPdf, spec: PdfTableSpec): number {
  const layout = layoutOf(pdf, spec);
  const headerBold = () => true;
  const cellBold = () => false;
  let height = rowHeight(
    pdf,
    layout,
    spec.columns.map((c) => c.header),
    headerBold,
  );
  for (const row of spec.rows) height += rowHeight(pdf, layout, row, cellBold);
  if (spec.footer) height += rowHeight(pdf, layout, spec.footer, headerBold);
  if (spec.caption) {
    fontFor(pdf, true);
    height += pdf.doc.heightOfString(pdfSafe(spec.caption), { width: sum(layout.widths) }) + 4;
  }
  return height;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Draws a table under `parent`: Table › (Caption) › THead/TBody/TFoot › TR › TH|TD. A row never
 * splits; before a row that does not fit, a new page starts and the header row is drawn again
 * there as a pagination artifact (so a screen reader reads the header cells once). Returns where
 * each body row was drawn (on the page it ended up on).
 */
export function renderTable(pdf: TaggedPdf, spec: PdfTableSpec, parent: StructElement): RowBox[] {
  const doc = pdf.doc;
  const layout = layoutOf(pdf, spec);
  const headers = spec.columns.map((c) => c.header);
  const align = (i: number) => spec.columns[i]?.align ?? 'left';
  const headerHeight = rowHeight(pdf, layout, headers, () => true);
  const plain = () => false;
  const firstRowHeight = spec.rows[0] ? rowHeight(pdf, layout, spec.rows[0], plain) : 0;

  const table = doc.struct('Table');
  parent.add(table);
  if (spec.caption) {
    const caption = pdfSafe(spec.caption);
    fontFor(pdf, true);
    const height = doc.heightOfString(caption, { width: sum(layout.widths) });
    pdf.ensureSpace(height + 4 + headerHeight + firstRowHeight);
    pdf.block(
      'Caption',
      () => {
        fontFor(pdf, true);
        doc.fillColor(PDF_STYLE.text).text(caption, layout.x, doc.y, { width: sum(layout.widths) });
      },
      table,
    );
    doc.y += 4;
  } else {
    pdf.ensureSpace(headerHeight + firstRowHeight);
  }

  const drawBackground = (y: number, height: number, fill: boolean) =>
    pdf.artifact(() => {
      const width = sum(layout.widths);
      if (fill) doc.rect(layout.x, y, width, height).fill(PDF_STYLE.headerFill);
      doc.moveTo(layout.x, y + height).lineTo(layout.x + width, y + height);
      doc.lineWidth(0.5).strokeColor(PDF_STYLE.rule).stroke();
    });

  const drawRow = (
    group: StructElement | null,
    cells: string[],
    kind: (i: number) => 'TH' | 'TD',
    bold: (i: number) => boolean,
    scope: (i: number) => 'Column' | 'Row' | null,
    fill: boolean,
  ) => {
    const height = rowHeight(pdf, layout, cells, bold);
    const y = doc.y;
    drawBackground(y, height, fill);
    const drawCells = (row: StructElement | null) => {
      let x = layout.x;
      cells.forEach((raw, i) => {
        const text = pdfSafe(raw);
        const width = layout.widths[i];
        const draw = () => {
          fontFor(pdf, bold(i));
          doc.fillColor(PDF_STYLE.text);
          doc.text(text, x + PAD, y + PAD, { width: width - 2 * PAD, align: align(i) });
        };
        if (row) {
          const cell = doc.struct(kind(i));
          const cellScope = scope(i);
          if (cellScope) setAttributes(pdf, cell, { O: 'Table', Scope: cellScope });
          row.add(cell);
          if (text) cell.add(draw);
          cell.end();
        } else if (text) {
          draw();
        }
        x += width;
      });
    };
    if (group) {
      const row = doc.struct('TR');
      group.add(row);
      drawCells(row);
      row.end();
    } else {
      pdf.artifact(() => drawCells(null), 'Pagination');
    }
    doc.y = y + height;
  };

  const header = (group: StructElement | null) =>
    drawRow(
      group,
      headers,
      () => 'TH',
      () => true,
      () => 'Column',
      true,
    );

  const thead = doc.struct('THead');
  table.add(thead);
  header(thead);
  thead.end();

  const body = doc.struct('TBody');
  table.add(body);
  const isRowHeader = (i: number) => !!spec.rowHeaders && i === 0;
  const rowBoxes: RowBox[] = [];
  for (const row of spec.rows) {
    const height = rowHeight(pdf, layout, row, plain);
    if (doc.y + height > pdf.bottom) {
      pdf.newPage();
      header(null);
    }
    rowBoxes.push({ y: doc.y, height });
    drawRow(
      body,
      row,
      (i) => (isRowHeader(i) ? 'TH' : 'TD'),
      plain,
      (i) => (isRowHeader(i) ? 'Row' : null),
      false,
    );
  }
  body.end();

  if (spec.footer) {
    const footer = spec.footer;
    if (doc.y + rowHeight(pdf, layout, footer, () => true) > pdf.bottom) {
      pdf.newPage();
      header(null);
    }
    const foot = doc.struct('TFoot');
    table.add(foot);
    drawRow(
      foot,
      footer,
      (i) => (i === 0 && spec.rowHeaders ? 'TH' : 'TD'),
      () => true,
      (i) => (i === 0 && spec.rowHeaders ? 'Row' : null),
      true,
    );
    foot.end();
  }
  table.end();
  return rowBoxes;
}

/** Sets the attribute dictionary (A) of a structure element, e.g. a header cell's scope. */
export function setAttributes(
  pdf: TaggedPdf,
  element: StructElement,
  attributes: Record<string, unknown>,
): void {
  const internals = element as unknown as { dictionary: { data: Record<string, unknown> } };
  const doc = pdf.doc as unknown as { ref(data: object): { end(): void } };
  const ref = doc.ref(attributes);
  internals.dictionary.data.A = ref;
  ref.end();
}
