import { applyDecorators, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { programmeNotFound } from '../programmes/programme.errors';
import { OpenPageQuery, ProgrammeFilter } from './dto/open-data-query.dto';
import {
  OpenAssignmentPageDto,
  OpenBudgetLinePageDto,
  OpenContributionPageDto,
  OpenCouncilDecisionPageDto,
  OpenProgrammeDto,
  OpenProgrammePageDto,
  OpenRegionPageDto,
} from './dto/open-data-response.dto';
import { sendDataset } from './open-data-answer';
import { CSV_COLUMNS } from './open-data-csv';
import { OpenDataService, windowOf } from './open-data.service';

/** An open-data GET: anonymous, documented with its JSON schema and its CSV variant. */
function OpenData(operationId: string, summary: string, type: new () => object) {
  return applyDecorators(
    Access({ public: true }),
    ApiOperation({ operationId, summary }),
    ApiExtraModels(type),
    ApiOkResponse({
      description:
        'JSON, or with ?format=csv the whole dataset as CSV (UTF-8 with BOM). ETag and ' +
        'Cache-Control: public, max-age=300; CORS for any origin, without credentials.',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
    ApiResponse({ status: 304, description: 'Not modified: If-None-Match named the ETag.' }),
  );
}

const programmeParam = new IdParamPipe(programmeNotFound);
const isCsv = (query: OpenPageQuery) => query.format === 'csv';

/**
 * Open data, version 1: the adopted programmes of every region, read-only and anonymous. A draft
 * or a programme still before the councils does not exist here (404).
 */
@ApiTags('Open data')
@Controller('open/v1')
export class OpenDataController {
  constructor(private readonly open: OpenDataService) {}

  @Get('regions')
  @OpenData(
    'openListRegions',
    'Regions, with their number of adopted programmes',
    OpenRegionPageDto,
  )
  @ApiProblems(400)
  async regions(@Query() q: OpenPageQuery, @Req() req: Request, @Res() res: Response) {
    const data = await this.open.regions(windowOf(q, isCsv(q)));
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.regions : undefined);
  }

  @Get('programmes')
  @OpenData('openListProgrammes', 'Adopted programmes, by region and year', OpenProgrammePageDto)
  @ApiProblems(400)
  async programmes(@Query() q: ProgrammeFilter, @Req() req: Request, @Res() res: Response) {
    const data = await this.open.programmes(q, windowOf(q, isCsv(q)));
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.programmes : undefined);
  }

  @Get('programmes/:programmeId')
  @OpenData('openGetProgramme', 'One adopted programme', OpenProgrammeDto)
  @ApiProblems(400, 404)
  async programme(
    @Param('programmeId', programmeParam) programmeId: string,
    @Query() q: OpenPageQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const data = await this.open.programme(programmeId);
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.programmes : undefined);
  }

  @Get('programmes/:programmeId/assignments')
  @OpenData('openListAssignments', 'The assignments of an adopted programme', OpenAssignmentPageDto)
  @ApiProblems(400, 404)
  async assignments(
    @Param('programmeId', programmeParam) programmeId: string,
    @Query() q: OpenPageQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const data = await this.open.assignments(programmeId, windowOf(q, isCsv(q)));
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.assignments : undefined);
  }

  @Get('programmes/:programmeId/budget-lines')
  @OpenData(
    'openListBudgetLines',
    'The budget lines (per source and year) of an adopted programme',
    OpenBudgetLinePageDto,
  )
  @ApiProblems(400, 404)
  async budgetLines(
    @Param('programmeId', programmeParam) programmeId: string,
    @Query() q: OpenPageQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const data = await this.open.budgetLines(programmeId, windowOf(q, isCsv(q)));
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.budgetLines : undefined);
  }

  @Get('programmes/:programmeId/contributions')
  @OpenData(
    'openListContributions',
    'What each member municipality pays per assignment in the programme’s year',
    OpenContributionPageDto,
  )
  @ApiProblems(400, 404)
  async contributions(
    @Param('programmeId', programmeParam) programmeId: string,
    @Query() q: OpenPageQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const data = await this.open.contributionRows(programmeId, windowOf(q, isCsv(q)));
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.contributions : undefined);
  }

  @Get('programmes/:programmeId/council-decisions')
  @OpenData(
    'openListCouncilDecisions',
    'How each council decided on an adopted programme (no personal data, no view texts)',
    OpenCouncilDecisionPageDto,
  )
  @ApiProblems(400, 404)
  async councilDecisions(
    @Param('programmeId', programmeParam) programmeId: string,
    @Query() q: OpenPageQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const data = await this.open.councilDecisions(programmeId, windowOf(q, isCsv(q)));
    sendDataset(req, res, data, isCsv(q) ? CSV_COLUMNS.councilDecisions : undefined);
  }
}
