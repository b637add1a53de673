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
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { MunicipalityResponse, Page } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { regionNotFound } from '../regions/region.errors';
import {
  CreateMunicipalityDto,
  MunicipalityListQueryDto,
  MunicipalityPageDto,
  MunicipalityResponseDto,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';
import { municipalityNotFound } from './municipality.errors';
import { toMunicipalityResponse } from './municipality.mapper';

const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const MunicipalityId = () => Param('id', new IdParamPipe(municipalityNotFound));

@ApiTags('municipalities')
@Controller()
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @ApiOperation({
    summary: 'List the member municipalities of a region',
    operationId: 'listMunicipalities',
  })
  @Get('regions/:regionId/municipalities')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: MunicipalityPageDto })
  @ApiProblems(400, 404)
  list(
    @RegionId() regionId: string,
    @Query() query: MunicipalityListQueryDto,
  ): Promise<Page<MunicipalityResponse>> {
    return this.municipalities.list(regionId, query);
  }

  @ApiOperation({
    summary: 'Add a member municipality to a region',
    operationId: 'createMunicipality',
  })
  @Post('regions/:regionId/municipalities')
  @Access({ roles: ['admin'] })
  @ApiCreatedResponse({ type: MunicipalityResponseDto })
  @ApiProblems(400, 404, 409)
  async create(
    @RegionId() regionId: string,
    @Body() body: CreateMunicipalityDto,
  ): Promise<MunicipalityResponse> {
    return toMunicipalityResponse(await this.municipalities.create(regionId, body));
  }

  @ApiOperation({ summary: 'Get a municipality', operationId: 'getMunicipality' })
  @Get('municipalities/:id')
  @Access({ read: 'region', idTable: 'municipalities' })
  @ApiOkResponse({ type: MunicipalityResponseDto })
  @ApiProblems(404)
  async get(@MunicipalityId() id: string): Promise<MunicipalityResponse> {
    return toMunicipalityResponse(await this.municipalities.get(id));
  }

  @ApiOperation({ summary: 'Change a municipality', operationId: 'updateMunicipality' })
  @Patch('municipalities/:id')
  @Access({ roles: ['admin'], idTable: 'municipalities' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MunicipalityResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @MunicipalityId() id: string,
    @Body() body: UpdateMunicipalityDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MunicipalityResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return toMunicipalityResponse(await this.municipalities.update(id, version, body));
  }

  @ApiOperation({
    summary: 'Remove a municipality from its region',
    operationId: 'deleteMunicipality',
  })
  @Delete('municipalities/:id')
  @Access({ roles: ['admin'], idTable: 'municipalities' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The municipality is gone.' })
  @ApiProblems(404, 409)
  async remove(@MunicipalityId() id: string): Promise<void> {
    await this.municipalities.remove(id);
  }
}
