import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Page, RegionResponse } from '@koers/contracts';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
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

  @Get()
  @ApiOkResponse({ type: RegionPageDto })
  @ApiProblems(400)
  list(@Query() query: RegionListQueryDto): Promise<Page<RegionResponse>> {
    return this.regions.list(query);
  }

  @Get(':regionId')
  @ApiOkResponse({ type: RegionResponseDto })
  @ApiProblems(404)
  async get(
    @Param('regionId', new IdParamPipe(regionNotFound)) id: string,
  ): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: RegionResponseDto })
  @ApiProblems(400, 409)
  async create(@Body() body: CreateRegionDto): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.create(body));
  }

  @Patch(':regionId')
  @ApiOkResponse({ type: RegionResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @Param('regionId', new IdParamPipe(regionNotFound)) id: string,
    @Body() body: UpdateRegionDto,
  ): Promise<RegionResponse> {
    return toRegionResponse(await this.regions.update(id, body));
  }

  @Delete(':regionId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The region is gone.' })
  @ApiProblems(404, 409)
  async remove(@Param('regionId', new IdParamPipe(regionNotFound)) id: string): Promise<void> {
    await this.regions.remove(id);
  }
}
