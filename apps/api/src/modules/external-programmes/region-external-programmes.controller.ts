import { Body, Controller, Headers, Param, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ExternalProgrammeResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { regionNotFound } from '../regions/region.errors';
import {
  CreateExternalProgrammeDto,
  ExternalProgrammeResponseDto,
  UpdateExternalProgrammeDto,
} from './dto/external-programme.dto';
import { externalProgrammeNotFound } from './external-programme.errors';
import { toExternalProgrammeResponse } from './external-programme.mapper';
import { ExternalProgrammesService } from './external-programmes.service';

const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const ProgrammeId = () => Param('id', new IdParamPipe(externalProgrammeNotFound));

/**
 * The bureau maintains the programmes its region added, like its other master data. A shared
 * programme (no region) is changed by a platform administrator only: no one region owns it.
 */
@ApiTags('external-programmes')
@Controller('regions/:regionId/external-programmes')
export class RegionExternalProgrammesController {
  constructor(private readonly programmes: ExternalProgrammesService) {}

  @ApiOperation({
    summary: 'Add a provincial, national or EU programme, maintained by the region',
    operationId: 'createExternalProgramme',
  })
  @Post()
  @Access({ roles: ['bureau'] })
  @ApiCreatedResponse({ type: ExternalProgrammeResponseDto })
  @ApiProblems(400, 404, 409)
  async create(
    @RegionId() regionId: string,
    @Body() body: CreateExternalProgrammeDto,
  ): Promise<ExternalProgrammeResponse> {
    return toExternalProgrammeResponse(await this.programmes.create(regionId, body));
  }

  @ApiOperation({
    summary: 'Change a programme of the region (a shared one: platform administrators)',
    operationId: 'updateExternalProgramme',
  })
  @Patch(':id')
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ExternalProgrammeResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @RegionId() regionId: string,
    @ProgrammeId() id: string,
    @Body() body: UpdateExternalProgrammeDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ExternalProgrammeResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return toExternalProgrammeResponse(await this.programmes.update(regionId, id, version, body));
  }
}
