import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { pdfFileName } from '../documents/pdf';
import { writeCsv, CsvSeparator } from './csv-writer';
import { isConcept, programmeDocument } from './document/programme-document';
import { exportTableNotFound } from './export.errors';
import { ProgrammeDocumentReader } from './programme-document-data';
import { ProgrammeExportData, ProgrammeExportReader } from './programme-export-data';
import { EXPORT_TABLES, ExportTable } from './programme-sheet-columns';
import { buildTable } from './programme-tables';
import { writeProgrammeWorkbook } from './xlsx-writer';

/** A file ready to stream: its name and type are known before the first byte goes out. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  write(stream: Writable): Promise<void>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** `Regionaal Programma 2026` → `regionaal-programma-2026`. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'programma';
}

const baseName = (data: ProgrammeExportData) =>
  `${fileSlug(data.programme.title)}-${data.programme.year}`;

@Injectable()
export class ProgrammeExportsService {
  constructor(
    private readonly reader: ProgrammeExportReader,
    private readonly documents: ProgrammeDocumentReader,
  ) {}

  /** Reads everything first (a 404 or 409 is answered before any byte), then streams. */
  async workbook(programmeId: string): Promise<ExportFile> {
    const data = await this.reader.read(programmeId);
    return {
      fileName: `${baseName(data)}.xlsx`,
      contentType: XLSX_TYPE,
      write: (stream) => writeProgrammeWorkbook(data, stream),
    };
  }

  async csv(programmeId: string, table: string, separator: CsvSeparator): Promise<ExportFile> {
    if (!Object.hasOwn(EXPORT_TABLES, table)) throw exportTableNotFound(table);
    const name = table as ExportTable;
    const data = await this.reader.read(programmeId);
    return {
      fileName: `${baseName(data)}-${EXPORT_TABLES[name].file}.csv`,
      contentType: CSV_TYPE,
      write: (stream) => writeCsv(buildTable(name, data), separator, stream),
    };
  }

  /** The whole programme as a tagged PDF, made completely before it is sent. */
  async document(programmeId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const data = await this.documents.read(programmeId);
    const { title, year, status } = data.programme;
    return {
      fileName: pdfFileName(title, year, isConcept(status) ? 'concept' : ''),
      bytes: await programmeDocument(data),
    };
  }
}
