import { Controller, HttpCode, Param, Post, Query, Req, UseInterceptors } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { PopulationImportResult } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems, ProblemDetailsDto } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { FileUploadInterceptor } from '../imports/file-upload.interceptor';
import { regionNotFound } from '../regions/region.errors';
import {
  PopulationImportQueryDto,
  PopulationImportResultDto,
  PopulationImportUploadDto,
} from './dto/population-import.dto';
import { PopulationImportService } from './population-import.service';

/** A region's populations from the CBS table of inhabitants per municipality on 1 January. */
@ApiTags('municipalities')
@Controller('regions/:regionId/populations/import')
export class PopulationImportController {
  constructor(private readonly imports: PopulationImportService) {}

  @Post()
  @Access({ roles: ['bureau'] })
  @HttpCode(200)
  @UseInterceptors(FileUploadInterceptor)
  @ApiOperation({
    summary: 'Import populations from a CBS StatLine CSV: a preview, or store them',
    description:
      'Rows match the region’s municipalities by CBS code (GM0193) or name; the date is 1 January ' +
      'of the period (Perioden), else `referenceDate`. With dryRun=true (default) nothing is ' +
      'stored. With dryRun=false every new figure is stored in one transaction with `source`, ' +
      'each audited; a figure already recorded with the same value is left alone, and a ' +
      'different figure at a recorded date refuses the whole file (409 POPULATION_DATE_TAKEN).',
    operationId: 'importPopulations',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PopulationImportUploadDto })
  @ApiOkResponse({ type: PopulationImportResultDto })
  @ApiPayloadTooLargeResponse({ type: ProblemDetailsDto, description: 'The file is over 10 MB.' })
  @ApiProblems(400, 404, 409)
  upload(
    @Param('regionId', new IdParamPipe(regionNotFound)) regionId: string,
    @Query() query: PopulationImportQueryDto,
    @Req() req: Request,
  ): Promise<PopulationImportResult> {
    const file = req.file as Express.Multer.File;
    return this.imports.import(regionId, file.buffer, {
      dryRun: query.dryRun !== 'false',
      referenceDate: query.referenceDate ?? null,
      source: query.source ?? null,
      fileName: file.originalname.slice(0, 200),
    });
  }
}
