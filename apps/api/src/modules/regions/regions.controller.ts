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
import type { Page, RegionResponse } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { regionIdsOf } from '../../common/access/principal';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import {
  CreateRegionDto,
  RegionListQueryDto,
  RegionPageDto,
  RegionResponseDto,
  UpdateRegionDto,
} from './dto/region.dto';
import { regionNotFound } from './region.errors';
import { toRegionResponse } from './region.mapper';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @ApiOperation({ summary: 'List the regions the caller can see', operationId: 'listRegions' })
  @Get()
  @Access({ signedIn: true })
  @ApiOkResponse({ type: RegionPageDto })
  @ApiProblems(400)
  list(@Query() query: RegionListQueryDto, @Req() req: Request): Promise<Page<RegionResponse>> {
    // Only the regions the user has a role in; a platform admin sees all.
    const user = req.user;
    return this.regions.list(query, user && !user.isPlatformAdmin ? regionIdsOf(user) : undefined);
  }

  @ApiOperation({ summary: 'Get a region', operationId: 'getRegion' })
  @Get(':regionId')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: RegionResponseDto })
  @ApiProblems(404)
  async get(
    @Param('regionId', new IdParamPipe(regionNotFound)) id: string,
  ): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.get(id));
  }

  @ApiOperation({ summary: 'Create a region', operationId: 'createRegion' })
  @Post()
  @Access({ platformAdmin: true })
  @ApiCreatedResponse({ type: RegionResponseDto })
  @ApiProblems(400, 409)
  async create(@Body() body: CreateRegionDto): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.create(body));
  }

  @ApiOperation({ summary: 'Change a region', operationId: 'updateRegion' })
  @Patch(':regionId')
  @Access({ roles: ['admin'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: RegionResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @Param('regionId', new IdParamPipe(regionNotFound)) id: string,
    @Body() body: UpdateRegionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<RegionResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return toRegionResponse(await this.regions.update(id, version, body));
  }

  @ApiOperation({ summary: 'Delete a region', operationId: 'deleteRegion' })
  @Delete(':regionId')
  @Access({ platformAdmin: true })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The region is gone.' })
  @ApiProblems(404, 409)
  async remove(@Param('regionId', new IdParamPipe(regionNotFound)) id: string): Promise<void> {
    await this.regions.remove(id);
  }
}
