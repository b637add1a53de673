// Reads a PDF from stdin with pdfjs-dist and prints what a test checks, as JSON: the title and
// language, the text of every page, the structure tree and the bookmarks. A separate Node process
// because pdfjs-dist is an ES module that Jest's CommonJS runtime cannot import.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const pdf = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
const { info } = await pdf.getMetadata();
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: false });
  const text = content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
  pages.push({ text, structTree: await page.getStructTree() });
}
const outline = (items) => (items ?? []).map((i) => ({ title: i.title, items: outline(i.items) }));
process.stdout.write(
  JSON.stringify({
    title: info.Title ?? null,
    language: info.Language ?? null,
    tagged: !!(await pdf.getMarkInfo())?.Marked,
    pageCount: pdf.numPages,
    pages,
    outline: outline(await pdf.getOutline()),
  }),
);
