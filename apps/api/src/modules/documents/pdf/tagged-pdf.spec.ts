import { formatEuros } from '@koers/domain';
import { allText, nodesOf, readPdf, roles } from '../../../../test/documents/read-pdf';
import { pdfFileName } from './pdf-file';
import { pdfSafe } from './pdf-text';
import { TaggedPdf } from './tagged-pdf';

const rows = Array.from({ length: 90 }, (_, i) => ({
  label: `Opdracht ${i + 1}: Slimme mobiliteit in de Brainportregio`,
  cents: 1_000_00 * (i + 1) + i,
}));

async function sample(concept: boolean) {
  const pdf = new TaggedPdf({ title: 'Raadsinformatiepakket Eindhoven — 2026', concept });
  pdf.heading(1, 'Wat de regio vraagt');
  pdf.paragraph('De regio vraagt de raad om een zienswijze.');
  pdf.heading(2, 'Opdrachten');
  pdf.list(['Mobiliteit', 'Wonen', 'Energie']);
  pdf.heading(3, 'Bijdrage per opdracht');
  pdf.barChart({
    caption: 'Bijdrage van Eindhoven per opdracht',
    alt: 'Staafdiagram van de bijdrage per opdracht; de tabel ernaast geeft dezelfde bedragen.',
    labelHeader: 'Opdracht',
    valueHeader: 'Bijdrage',
    bars: rows.slice(0, 4).map((r) => ({ label: r.label, value: r.cents })),
    format: formatEuros,
    total: { label: 'Totaal', value: 1_234_567 },
  });
  pdf.heading(2, 'Alle opdrachten');
  pdf.table({
    caption: 'Negentig opdrachten',
    columns: [
      { header: 'Opdracht', weight: 3 },
      { header: 'Bedrag', align: 'right' },
    ],
    rows: rows.map((r) => [r.label, formatEuros(r.cents)]),
    rowHeaders: true,
  });
  return readPdf(await pdf.finish());
}

describe('TaggedPdf', () => {
  it('is a tagged Dutch PDF with its title, bookmarks per heading and page numbers', async () => {
    const read = await sample(false);
    expect(read.title).toBe('Raadsinformatiepakket Eindhoven — 2026');
    expect(read.language).toBe('nl-NL');
    expect(read.tagged).toBe(true);
    expect(read.outline).toEqual([
      {
        title: 'Wat de regio vraagt',
        items: [
          { title: 'Opdrachten', items: [{ title: 'Bijdrage per opdracht', items: [] }] },
          { title: 'Alle opdrachten', items: [] },
        ],
      },
    ]);
    expect(read.pageCount).toBeGreaterThan(1);
    const text = allText(read);
    expect(text).toContain(`Pagina 1 van ${read.pageCount}`);
    expect(text).toContain(`Pagina ${read.pageCount} van ${read.pageCount}`);
    expect(text).not.toContain('CONCEPT');
  });

  it('has headings, paragraphs, a list, tables with header cells and a figure with alt text', async () => {
    const read = await sample(false);
    const found = new Set(roles(read));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Table']) {
      expect(found).toContain(role);
    }
    for (const role of ['Caption', 'THead', 'TBody', 'TFoot', 'TR', 'TH', 'TD', 'Figure']) {
      expect(found).toContain(role);
    }
    const figures = nodesOf(read, 'Figure');
    expect(figures).toHaveLength(1);
    expect(figures[0].alt).toMatch(/^Staafdiagram van de bijdrage per opdracht/);
  });

  it('shows every amount, and repeats the header of a table that breaks without tagging it twice', async () => {
    const read = await sample(false);
    const text = allText(read);
    for (const r of rows) expect(text).toContain(formatEuros(r.cents).replace(/\u00a0/g, ' '));
    expect(text).toContain('€ 12.345,67');
    const lastPage = read.pages[read.pageCount - 1].text;
    expect(lastPage).toContain('Opdracht');
    expect(lastPage).toContain('Bedrag');
    // Column headers once per table in the tag tree (the repeats are artifacts); row headers each.
    const headerCells = nodesOf(read, 'TH').length;
    expect(headerCells).toBe(2 + 4 + 1 + 2 + 90);
  });

  it('marks a concept on every page', async () => {
    const read = await sample(true);
    for (const page of read.pages) expect(page.text).toContain('CONCEPT');
  });
});

describe('pdfSafe', () => {
  it('keeps Dutch text and the euro sign, and replaces what the standard fonts cannot draw', () => {
    expect(pdfSafe('Café ’s-Hertogenbosch € 5 – “ja”')).toBe('Café ’s-Hertogenbosch € 5 – “ja”');
    expect(pdfSafe('Łódź \u2212€ 5 😀')).toBe('Lódz -€ 5 ?');
  });
});

describe('pdfFileName', () => {
  it('makes a plain ASCII name', () => {
    expect(pdfFileName('Raadsinformatiepakket', 'Geldrop-Mierlo', 2026)).toBe(
      'raadsinformatiepakket-geldrop-mierlo-2026.pdf',
    );
    expect(pdfFileName('Nota van beantwoording', 'Súdwest-Fryslân')).toBe(
      'nota-van-beantwoording-sudwest-fryslan.pdf',
    );
  });
});
