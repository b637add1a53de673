import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { pdfResponse } from '../documents/pdf';
import { programmeNotFound } from '../programmes/programme.errors';
import { CsvExportQueryDto } from './dto/export-query.dto';
import { EXPORT_TABLE_NAMES } from './programme-sheet-columns';
import {
  CSV_TYPE,
  ExportFile,
  ProgrammeExportsService,
  XLSX_TYPE,
} from './programme-exports.service';

const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));
const FILE = { schema: { type: 'string', format: 'binary' } } as const;

/** Sends a file as it is written; an error after the first byte can only cut the response. */
async function send(res: Response, file: ExportFile): Promise<void> {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  try {
    await file.write(res);
  } catch (error) {
    res.destroy(error as Error);
    return;
  }
  if (!res.writableEnded) res.end();
}

@ApiTags('exports')
@Controller('programmes/:programmeId/export')
export class ProgrammeExportsController {
  constructor(private readonly exports: ProgrammeExportsService) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get('workbook')
  @ApiOperation({
    summary: 'The programme as one Excel workbook (XLSX), streamed.',
    description:
      'A cover sheet, then the assignments, budget lines, capacity lines, contributions (SUM formulas whose results are the API totals), the ratification matrix and the views register.',
    operationId: 'exportProgrammeWorkbook',
  })
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The workbook.', content: { [XLSX_TYPE]: FILE } })
  @ApiProblems(404)
  async workbook(@ProgrammeId() programmeId: string, @Res() res: Response): Promise<void> {
    await send(res, await this.exports.workbook(programmeId));
  }

  @Access({ read: 'region', publishedProgramme: true })
  @Get('tables/:table')
  @ApiOperation({
    summary: 'One table of the programme as CSV (UTF-8 with BOM), streamed.',
    description:
      'Texts that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe.',
    operationId: 'exportProgrammeTable',
  })
  @ApiParam({ name: 'table', enum: EXPORT_TABLE_NAMES })
  @ApiProduces(CSV_TYPE)
  @ApiOkResponse({ description: 'The table.', content: { 'text/csv': FILE } })
  @ApiProblems(400, 404)
  async table(
    @ProgrammeId() programmeId: string,
    @Param('table') table: string,
    @Query() query: CsvExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await send(res, await this.exports.csv(programmeId, table, query.separator ?? 'comma'));
  }

  @Access({ read: 'region', publishedProgramme: true })
  @Get('document')
  @ApiOperation({
    summary:
      'The whole programme as a tagged PDF: as adopted, or the current draft marked CONCEPT.',
    description:
      'Introduction, the programme in figures, every theme with its assignments and all their parts, and the contributions per municipality.',
    operationId: 'exportProgrammeDocument',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The document.', content: { 'application/pdf': FILE } })
  @ApiProblems(404)
  async document(@ProgrammeId() programmeId: string): Promise<StreamableFile> {
    const { bytes, fileName } = await this.exports.document(programmeId);
    return pdfResponse(bytes, fileName);
  }
}
