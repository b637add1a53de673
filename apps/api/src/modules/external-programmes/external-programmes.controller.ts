import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { ExternalProgrammeResponse, Page } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import {
  ExternalProgrammeListQueryDto,
  ExternalProgrammePageDto,
  ExternalProgrammeResponseDto,
} from './dto/external-programme.dto';
import { externalProgrammeNotFound } from './external-programme.errors';
import { toExternalProgrammeResponse } from './external-programme.mapper';
import { ExternalProgrammesService } from './external-programmes.service';

/** Every signed-in user reads every programme; writes go through the region (region-external-programmes). */
@ApiTags('external-programmes')
@Controller('external-programmes')
export class ExternalProgrammesController {
  constructor(private readonly programmes: ExternalProgrammesService) {}

  @ApiOperation({
    summary: 'List the national and European programmes',
    operationId: 'listExternalProgrammes',
  })
  @Get()
  @Access({ signedIn: true })
  @ApiOkResponse({ type: ExternalProgrammePageDto })
  @ApiProblems(400)
  list(@Query() query: ExternalProgrammeListQueryDto): Promise<Page<ExternalProgrammeResponse>> {
    return this.programmes.list(query);
  }

  @ApiOperation({
    summary: 'Get a national or European programme',
    operationId: 'getExternalProgramme',
  })
  @Get(':id')
  @Access({ signedIn: true })
  @ApiOkResponse({ type: ExternalProgrammeResponseDto })
  @ApiProblems(404)
  async get(
    @Param('id', new IdParamPipe(externalProgrammeNotFound)) id: string,
  ): Promise<ExternalProgrammeResponse> {
    return toExternalProgrammeResponse(await this.programmes.get(id));
  }
}
