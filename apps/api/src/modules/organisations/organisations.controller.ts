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
import type { OrganisationResponse, Page } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { regionNotFound } from '../regions/region.errors';
import {
  CreateOrganisationDto,
  OrganisationListQueryDto,
  OrganisationPageDto,
  OrganisationResponseDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto';
import { organisationNotFound } from './organisation.errors';
import { toOrganisationResponse } from './organisation.mapper';
import { OrganisationsService } from './organisations.service';

const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const OrganisationId = () => Param('id', new IdParamPipe(organisationNotFound));

@ApiTags('organisations')
@Controller('regions/:regionId/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @ApiOperation({ summary: 'List the organisations of a region', operationId: 'listOrganisations' })
  @Get()
  @Access({ read: 'region' })
  @ApiOkResponse({ type: OrganisationPageDto })
  @ApiProblems(400, 404)
  list(
    @RegionId() regionId: string,
    @Query() query: OrganisationListQueryDto,
  ): Promise<Page<OrganisationResponse>> {
    return this.organisations.list(regionId, query);
  }

  @ApiOperation({ summary: 'Add an organisation to a region', operationId: 'createOrganisation' })
  @Post()
  @Access({ roles: ['bureau'] })
  @ApiCreatedResponse({ type: OrganisationResponseDto })
  @ApiProblems(400, 404)
  async create(
    @RegionId() regionId: string,
    @Body() body: CreateOrganisationDto,
  ): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.organisations.create(regionId, body));
  }

  @ApiOperation({ summary: 'Get an organisation', operationId: 'getOrganisation' })
  @Get(':id')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiProblems(404)
  async get(
    @RegionId() regionId: string,
    @OrganisationId() id: string,
  ): Promise<OrganisationResponse> {
    return toOrganisationResponse(await this.organisations.get(regionId, id));
  }

  @ApiOperation({ summary: 'Change an organisation', operationId: 'updateOrganisation' })
  @Patch(':id')
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: OrganisationResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @RegionId() regionId: string,
    @OrganisationId() id: string,
    @Body() body: UpdateOrganisationDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<OrganisationResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return toOrganisationResponse(await this.organisations.update(regionId, id, version, body));
  }

  @ApiOperation({ summary: 'Delete an organisation', operationId: 'deleteOrganisation' })
  @Delete(':id')
  @Access({ roles: ['bureau'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The organisation is gone.' })
  @ApiProblems(404, 409)
  async remove(@RegionId() regionId: string, @OrganisationId() id: string): Promise<void> {
    await this.organisations.remove(regionId, id);
  }
}
