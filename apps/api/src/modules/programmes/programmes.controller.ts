import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { Page, ProgrammeResponse, ProgrammeSummary } from '@koers/contracts';
import { COUNCIL_HIDDEN_STATUSES } from '@koers/domain';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { onlyCouncilIn } from '../../common/access/principal';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { PageQueryDto } from '../../common/pagination';
import { expectedVersion } from '../../common/version';
import { regionNotFound } from '../regions/region.errors';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme-request.dto';
import { ProgrammePageDto, ProgrammeResponseDto } from './dto/programme-response.dto';
import { programmeNotFound } from './programme.errors';
import { ProgrammesService } from './programmes.service';

@ApiTags('programmes')
@Controller()
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @ApiOperation({
    summary: 'List the annual programmes of a region',
    operationId: 'listProgrammes',
  })
  @Get('regions/:regionId/programmes')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ProgrammePageDto })
  @ApiProblems(400, 404)
  list(
    @Param('regionId', new IdParamPipe(regionNotFound)) regionId: string,
    @Query() query: PageQueryDto,
    @Req() req: Request,
  ): Promise<Page<ProgrammeSummary>> {
    // A council's list holds what it may open: no drafts (the access guard answers 404 there).
    const hidden = onlyCouncilIn(req.user, regionId) ? COUNCIL_HIDDEN_STATUSES : [];
    return this.programmes.list(regionId, query, hidden);
  }

  @ApiOperation({ summary: 'Start a new annual programme (draft)', operationId: 'createProgramme' })
  @Post('regions/:regionId/programmes')
  @Access({ roles: ['bureau'] })
  @ApiCreatedResponse({ type: ProgrammeResponseDto })
  @ApiProblems(400, 404, 409)
  create(
    @Param('regionId', new IdParamPipe(regionNotFound)) regionId: string,
    @Body() body: CreateProgrammeDto,
  ): Promise<ProgrammeResponse> {
    return this.programmes.create(regionId, body);
  }

  @ApiOperation({ summary: 'Get an annual programme with its totals', operationId: 'getProgramme' })
  @Get('programmes/:programmeId')
  @Access({ read: 'region', publishedProgramme: true })
  @ApiOkResponse({ type: ProgrammeResponseDto })
  @ApiProblems(404)
  get(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) id: string,
  ): Promise<ProgrammeResponse> {
    return this.programmes.get(id);
  }

  @ApiOperation({ summary: 'Change a programme', operationId: 'updateProgramme' })
  @Patch('programmes/:programmeId')
  @Access({ roles: ['bureau'] })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version read, e.g. "3".' })
  @ApiOkResponse({ type: ProgrammeResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) id: string,
    @Body() body: UpdateProgrammeDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProgrammeResponse> {
    return this.programmes.update(id, expectedVersion(body.version, ifMatch), body);
  }

  @ApiOperation({ summary: 'Delete a draft programme', operationId: 'deleteProgramme' })
  @Delete('programmes/:programmeId')
  @Access({ roles: ['bureau'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The programme is gone.' })
  @ApiProblems(404, 409)
  async remove(@Param('programmeId', new IdParamPipe(programmeNotFound)) id: string) {
    await this.programmes.remove(id);
  }
}
