import {
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { ImportResult } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems, ProblemDetailsDto } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { programmeNotFound } from '../programmes/programme.errors';
import {
  ImportQueryDto,
  ImportResultDto,
  ImportUploadDto,
  TemplateQueryDto,
} from './dto/import.dto';
import { FileUploadInterceptor } from './file-upload.interceptor';
import { ImportTemplateService } from './import-template.service';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@Controller('programmes/:programmeId/imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly templates: ImportTemplateService,
  ) {}

  @Get('template')
  @Access({ roles: ['bureau'] })
  @ApiOperation({
    summary:
      'The import template (XLSX or CSV) with the region’s themes, people and municipalities',
    operationId: 'getImportTemplate',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({
    description: 'The template file.',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblems(400, 404)
  template(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Query() query: TemplateQueryDto,
  ): Promise<StreamableFile> {
    return this.templates.template(programmeId, query.format ?? 'xlsx');
  }

  @Post()
  @Access({ roles: ['bureau'] })
  @HttpCode(200)
  @UseInterceptors(FileUploadInterceptor)
  @ApiOperation({
    summary: 'Import assignments with their budget and capacity lines: a dry run, or store it all',
    description:
      'Assignments are matched by code: a new code is created, a known one updated. With ' +
      'dryRun=true (default) the answer is a preview and nothing is stored. With dryRun=false ' +
      'the same file is checked again and stored in one transaction, or, with any problem, ' +
      'nothing is stored (400 IMPORT_INVALID, the problems in `problems`). Formulas are never ' +
      'evaluated: a formula cell in a column that is read is a problem.',
    operationId: 'importAssignments',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportUploadDto })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiPayloadTooLargeResponse({ type: ProblemDetailsDto, description: 'The file is over 10 MB.' })
  @ApiProblems(400, 404, 409)
  upload(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Query() query: ImportQueryDto,
    @Req() req: Request,
  ): Promise<ImportResult> {
    const file = req.file as Express.Multer.File;
    return this.imports.import(programmeId, file, query.dryRun !== 'false');
  }
}
