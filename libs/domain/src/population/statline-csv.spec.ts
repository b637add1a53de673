import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  matchStatLineRows,
  parseInhabitants,
  periodReferenceDate,
  readStatLineCsv,
  splitCsv,
  StatLineRow,
} from './statline-csv';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

const ZWOLLE = [
  { id: 'zwolle', name: 'Zwolle', cbsCode: 'GM0193' },
  { id: 'kampen', name: 'Kampen', cbsCode: 'GM0166' },
  { id: 'dalfsen', name: 'Dalfsen', cbsCode: 'GM0148' },
  { id: 'olst', name: 'Olst-Wijhe', cbsCode: 'GM1773' },
  { id: 'hengelo', name: 'Hengelo', cbsCode: 'GM0164' },
  { id: 'urk', name: 'Urk', cbsCode: 'GM0184' },
];

const rowsOf = (text: string): StatLineRow[] => {
  const result = readStatLineCsv(text);
  if (!result.ok) throw new Error(result.reason);
  return result.rows;
};

describe('reading a CBS StatLine export', () => {
  it('reads the semicolon export with a title line, Dutch thousands and the source footer', () => {
    const rows = rowsOf(fixture('statline-bevolking-1-januari.csv'));
    expect(rows.map((r) => [r.line, r.label, r.referenceDate, r.population])).toEqual([
      [3, 'Zwolle', '2025-01-01', 132_411],
      [4, 'Kampen', '2025-01-01', 55_322],
      [5, 'Dalfsen', '2025-01-01', 29_035],
      [6, 'Bergen (NH.)', '2025-01-01', 29_987],
      [7, 'Hengelo (O.)', '2025-01-01', null],
      [8, 'Olst-Wijhe', '2025-01-01', 18_704],
      [9, 'Zwartewaterland', '2025-01-01', 23_512],
    ]);
  });

  it('reads the open-data export with GM codes, a BOM, CRLF and 2024JJ00 periods', () => {
    const rows = rowsOf(fixture('statline-open-data.csv'));
    expect(rows.map((r) => [r.cbsCode, r.referenceDate, r.population])).toEqual([
      ['GM0193', '2024-01-01', 130_688],
      ['GM0166', '2024-01-01', 54_895],
      ['GM9999', '2024-01-01', 1000],
    ]);
  });

  it('matches by code or name, names every row it cannot use and the municipalities it lacks', () => {
    const result = matchStatLineRows(
      rowsOf(fixture('statline-bevolking-1-januari.csv')),
      ZWOLLE,
      null,
    );
    expect(result.matched.map((m) => [m.municipality.id, m.row.population])).toEqual([
      ['zwolle', 132_411],
      ['kampen', 55_322],
      ['dalfsen', 29_035],
      ['olst', 18_704],
    ]);
    expect(result.unmatched.map((u) => [u.row.label, u.reason])).toEqual([
      ['Bergen (NH.)', 'unknown_municipality'],
      ['Hengelo (O.)', 'no_value'],
      ['Zwartewaterland', 'unknown_municipality'],
    ]);
    expect(result.missing.map((m) => m.id)).toEqual(['hengelo', 'urk']);
  });

  it('takes the given date when the file has no period column, and refuses a row without either', () => {
    const text = '"Regio\'s";"Bevolking (aantal)"\n"Urk";"21.929"\n';
    expect(matchStatLineRows(rowsOf(text), ZWOLLE, '2023-01-01').matched[0].row).toMatchObject({
      referenceDate: '2023-01-01',
      population: 21_929,
    });
    expect(matchStatLineRows(rowsOf(text), ZWOLLE, null).unmatched[0].reason).toBe('no_date');
  });

  it('takes one figure per municipality and date; a second is a duplicate', () => {
    const text =
      "Regio's;Perioden;Bevolking op 1 januari (aantal)\nUrk;2024;21929\nUrk;2024;21930\nUrk;2025;22100\n";
    const result = matchStatLineRows(rowsOf(text), ZWOLLE, null);
    expect(result.matched.map((m) => m.row.referenceDate)).toEqual(['2024-01-01', '2025-01-01']);
    expect(result.unmatched.map((u) => [u.row.line, u.reason])).toEqual([[3, 'duplicate']]);
  });

  it('refuses a file that is not the table', () => {
    expect(readStatLineCsv('Soort;Code;Titel\nOpdracht;A-1;Iets\n')).toEqual({
      ok: false,
      reason: 'no_header',
    });
    expect(readStatLineCsv('"Regio\'s";"Perioden";"Bevolking (aantal)"\n"Bron: CBS"\n')).toEqual({
      ok: false,
      reason: 'no_rows',
    });
  });

  it('reads a cell that is no number of inhabitants as unreadable, not as a figure', () => {
    expect(parseInhabitants('12,5')).toBeUndefined();
    expect(parseInhabitants('-12')).toBeUndefined();
    expect(parseInhabitants('1.23')).toBeUndefined();
    expect(parseInhabitants('.')).toBeNull();
    expect(periodReferenceDate('2025*')).toBe('2025-01-01');
    expect(periodReferenceDate('onbekend')).toBeNull();
  });

  it('reads back any whole number written with or without Dutch thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.boolean(), (n, dutch) => {
        const written = dutch ? n.toLocaleString('nl-NL') : String(n);
        expect(parseInhabitants(written)).toBe(n);
      }),
    );
  });

  it('splits any quoted fields back to what was written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (records) => {
          const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
          const text = records.map((r) => r.map(quote).join(';')).join('\r\n');
          expect(splitCsv(text, ';')).toEqual(records);
        },
      ),
    );
  });

  it('puts every row either among the matched or the unmatched, each municipality once per date', () => {
    const municipality = fc.constantFrom(...ZWOLLE);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            m: municipality,
            year: fc.integer({ min: 2020, max: 2026 }),
            n: fc.nat(500_000),
            byCode: fc.boolean(),
          }),
        ),
        (entries) => {
          const text = [
            '"Regio\'s";"Perioden";"Bevolking op 1 januari (aantal)"',
            ...entries.map((e) => `"${e.byCode ? e.m.cbsCode : e.m.name}";"${e.year}";"${e.n}"`),
          ].join('\n');
          if (entries.length === 0) return;
          const result = matchStatLineRows(rowsOf(text), ZWOLLE, null);
          expect(result.matched.length + result.unmatched.length).toBe(entries.length);
          const keys = result.matched.map((m) => `${m.municipality.id}@${m.row.referenceDate}`);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });
});
