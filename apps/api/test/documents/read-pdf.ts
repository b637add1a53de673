import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { Response } from 'superagent';

/** A node of a page's structure tree as pdfjs-dist reports it. */
export interface PdfStructNode {
  role?: string;
  alt?: string;
  type?: string;
  children?: PdfStructNode[];
}

export interface PdfReadBack {
  title: string | null;
  language: string | null;
  tagged: boolean;
  pageCount: number;
  pages: { text: string; structTree: PdfStructNode | null }[];
  outline: PdfOutlineItem[];
}

export interface PdfOutlineItem {
  title: string;
  items: PdfOutlineItem[];
}

/** Reads a generated PDF back with pdfjs-dist, as a PDF reader would. */
export function readPdf(bytes: Buffer): Promise<PdfReadBack> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [join(__dirname, 'pdf-reader.mjs')],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as PdfReadBack);
      },
    );
    child.stdin?.end(bytes);
  });
}

/** Every text of the document, pages joined, with its no-break spaces as plain spaces. */
export function allText(pdf: PdfReadBack): string {
  return pdf.pages
    .map((p) => p.text)
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

/** Every role in the structure trees of all pages, in document order (with repeats). */
export function roles(pdf: PdfReadBack): string[] {
  const out: string[] = [];
  const walk = (node: PdfStructNode | null | undefined) => {
    if (!node) return;
    if (node.role) out.push(node.role);
    node.children?.forEach(walk);
  };
  pdf.pages.forEach((p) => walk(p.structTree));
  return out;
}

/** The nodes of one role, e.g. every Figure with its alternative text. */
export function nodesOf(pdf: PdfReadBack, role: string): PdfStructNode[] {
  const out: PdfStructNode[] = [];
  const walk = (node: PdfStructNode | null | undefined) => {
    if (!node) return;
    if (node.role === role) out.push(node);
    node.children?.forEach(walk);
  };
  pdf.pages.forEach((p) => walk(p.structTree));
  return out;
}

/** Collects a binary response body into a Buffer (supertest parses only text by default). */
export function binary(res: Response, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
