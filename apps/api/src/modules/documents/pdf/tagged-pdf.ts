import PDFDocument from 'pdfkit';
import { renderBarChart, type PdfBarChartSpec } from './pdf-bar-chart';
import { PDF_STYLE } from './pdf-style';
import { renderTable, type PdfTableSpec } from './pdf-table';
import { pdfSafe } from './pdf-text';

export type HeadingLevel = 1 | 2 | 3;
export type StructElement = PDFKit.PDFStructureElement;

export interface TaggedPdfOptions {
  /** The document's title: in its properties, in the viewer's title bar, and in every footer. */
  title: string;
  subject?: string;
  /** Who publishes it, e.g. the region. */
  author?: string;
  /** The footer's text left of the page number; the title when left out. */
  footer?: string;
  /** A diagonal "CONCEPT" on every page (drawn as an artifact: say it in the text as well). */
  concept?: boolean;
  /** A fixed creation date (tests); now when left out. */
  createdAt?: Date;
}

/**
 * A tagged, accessible PDF (PDF/UA-minded) over pdfkit: the language is Dutch, the title is shown
 * by the viewer, every heading is an H1–H3 with a bookmark, and paragraphs, lists, tables (TH/TD,
 * header repeated on each page as an artifact) and charts (a Figure with alternative text and a
 * table beside it) sit in one structure tree. Decoration — page numbers, the concept mark, rules
 * and fills — are artifacts that a screen reader skips.
 */
export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  /** The Document element every block of content hangs under. */
  readonly root: StructElement;
  private readonly options: TaggedPdfOptions;
  private readonly outline: { level: number; item: PDFKit.PDFOutline }[] = [];
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(options: TaggedPdfOptions) {
    this.options = options;
    this.doc = new PDFDocument({
      tagged: true,
      lang: 'nl-NL',
      displayTitle: true,
      pdfVersion: '1.7',
      size: 'A4',
      margins: { ...PDF_STYLE.margins },
      bufferPages: true,
      info: {
        Title: pdfSafe(options.title),
        ...(options.subject ? { Subject: pdfSafe(options.subject) } : {}),
        ...(options.author ? { Author: pdfSafe(options.author) } : {}),
        Creator: 'Koers',
        CreationDate: options.createdAt ?? new Date(),
      },
    });
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.font(PDF_STYLE.font).fontSize(PDF_STYLE.bodySize).fillColor(PDF_STYLE.text);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get contentWidth(): number {
    const { width, margins } = this.doc.page;
    return width - margins.left - margins.right;
  }

  /** The lowest y content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when less than `height` is left on this one; true when it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
  }

  /** A heading (H1–H3) with a bookmark nested under the heading above it. */
  heading(level: HeadingLevel, text: string): this {
    const safe = pdfSafe(text);
    const size = PDF_STYLE.headingSizes[level];
    const doc = this.doc.font(PDF_STYLE.bold).fontSize(size);
    const height = doc.heightOfString(safe, { width: this.contentWidth });
    // Never a heading alone at the foot of a page: keep room for a few lines after it.
    this.ensureSpace(height + 48);
    if (level === 1 && this.doc.y > this.doc.page.margins.top) this.doc.moveDown(0.6);
    while (this.outline.length && this.outline[this.outline.length - 1].level >= level) {
      this.outline.pop();
    }
    const parent = this.outline.length
      ? this.outline[this.outline.length - 1].item
      : this.doc.outline;
    this.outline.push({ level, item: parent.addItem(safe, { expanded: level < 2 }) });
    this.block(`H${level}`, () => {
      doc.font(PDF_STYLE.bold).fontSize(size).fillColor(PDF_STYLE.text);
      doc.text(safe, this.left, this.doc.y, { width: this.contentWidth });
    });
    this.doc.moveDown(level === 1 ? 0.4 : 0.25);
    return this;
  }

  paragraph(text: string, style: 'normal' | 'strong' | 'small' = 'normal'): this {
    const safe = pdfSafe(text);
    this.block('P', () => {
      this.doc
        .font(style === 'strong' ? PDF_STYLE.bold : PDF_STYLE.font)
        .fontSize(style === 'small' ? PDF_STYLE.smallSize : PDF_STYLE.bodySize)
        .fillColor(style === 'small' ? PDF_STYLE.muted : PDF_STYLE.text);
      this.doc.text(safe, this.left, this.doc.y, { width: this.contentWidth });
    });
    this.doc.fillColor(PDF_STYLE.text);
    this.doc.y += PDF_STYLE.paragraphGap;
    return this;
  }

  /** A bulleted list (L › LI › Lbl + LBody). */
  list(items: string[]): this {
    if (items.length === 0) return this;
    const list = this.doc.struct('L');
    this.root.add(list);
    this.doc.font(PDF_STYLE.font).fontSize(PDF_STYLE.bodySize).fillColor(PDF_STYLE.text);
    this.doc.x = this.left;
    this.doc.list(items.map(pdfSafe), this.left + 6, this.doc.y, {
      width: this.contentWidth - 6,
      structParent: list,
      bulletRadius: 2,
      textIndent: 12,
    } as PDFKit.Mixins.TextOptions);
    list.end();
    this.doc.x = this.left;
    this.doc.y += PDF_STYLE.paragraphGap;
    return this;
  }

  /** A table with header cells (see PdfTableSpec); returns this for chaining. */
  table(spec: PdfTableSpec): this {
    renderTable(this, spec, this.root);
    this.doc.x = this.left;
    this.doc.y += PDF_STYLE.paragraphGap * 1.5;
    return this;
  }

  /** A horizontal bar chart (a Figure with alternative text) with its table beside or below. */
  barChart(spec: PdfBarChartSpec): this {
    renderBarChart(this, spec);
    this.doc.x = this.left;
    this.doc.y += PDF_STYLE.paragraphGap * 1.5;
    return this;
  }

  /** One structure element of `type` under `parent` holding what `draw` puts on the page. */
  block(type: string, draw: () => void, parent: StructElement = this.root): StructElement {
    const element = this.doc.struct(type);
    parent.add(element);
    element.add(draw);
    element.end();
    return element;
  }

  /** Draws decoration the structure tree leaves out (rules, fills, page furniture). */
  artifact(draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
    this.doc.save();
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
    this.doc.restore();
  }

  /** Adds the footers (and concept marks), closes the document and returns its bytes. */
  finish(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      this.decoratePage(i - start + 1, count);
    }
    this.root.end();
    this.doc.end();
    return this.done;
  }

  private decoratePage(pageNumber: number, pageCount: number): void {
    const doc = this.doc;
    const { width, height, margins } = doc.page;
    const bottomMargin = margins.bottom;
    // Drawing in the bottom margin must not start a new page.
    doc.page.margins.bottom = 0;
    const footerY = height - bottomMargin + 24;
    this.artifact(() => {
      doc.moveTo(margins.left, footerY - 6).lineTo(width - margins.right, footerY - 6);
      doc.lineWidth(0.5).strokeColor(PDF_STYLE.rule).stroke();
      doc.font(PDF_STYLE.font).fontSize(PDF_STYLE.smallSize).fillColor(PDF_STYLE.muted);
      const pageText = `Pagina ${pageNumber} van ${pageCount}`;
      const pageTextWidth = doc.widthOfString(pageText);
      doc.text(pdfSafe(this.options.footer ?? this.options.title), margins.left, footerY, {
        width: this.contentWidth - pageTextWidth - 12,
        lineBreak: false,
        ellipsis: true,
        height: 12,
      });
      doc.text(pageText, width - margins.right - pageTextWidth, footerY, { lineBreak: false });
    }, 'Pagination');
    if (this.options.concept) {
      this.artifact(() => {
        doc.rotate(-40, { origin: [width / 2, height / 2] });
        doc.font(PDF_STYLE.bold).fontSize(110).fillColor(PDF_STYLE.conceptMark).fillOpacity(0.1);
        const markWidth = doc.widthOfString('CONCEPT');
        doc.text('CONCEPT', width / 2 - markWidth / 2, height / 2 - 55, { lineBreak: false });
      }, 'Pagination');
    }
    doc.page.margins.bottom = bottomMargin;
  }
}
