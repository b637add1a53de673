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
import type { ThemeResponse, Page } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { regionNotFound } from '../regions/region.errors';
import {
  CreateThemeDto,
  ThemeListQueryDto,
  ThemePageDto,
  ThemeResponseDto,
  UpdateThemeDto,
} from './dto/theme.dto';
import { themeNotFound } from './theme.errors';
import { toThemeResponse } from './theme.mapper';
import { ThemesService } from './themes.service';

const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const ThemeId = () => Param('id', new IdParamPipe(themeNotFound));

@ApiTags('themes')
@Controller('regions/:regionId/themes')
export class ThemesController {
  constructor(private readonly themes: ThemesService) {}

  @ApiOperation({ summary: 'List the themes of a region', operationId: 'listThemes' })
  @Get()
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ThemePageDto })
  @ApiProblems(400, 404)
  list(
    @RegionId() regionId: string,
    @Query() query: ThemeListQueryDto,
  ): Promise<Page<ThemeResponse>> {
    return this.themes.list(regionId, query);
  }

  @ApiOperation({ summary: 'Add a theme to a region', operationId: 'createTheme' })
  @Post()
  @Access({ roles: ['bureau'] })
  @ApiCreatedResponse({ type: ThemeResponseDto })
  @ApiProblems(400, 404)
  async create(@RegionId() regionId: string, @Body() body: CreateThemeDto): Promise<ThemeResponse> {
    return toThemeResponse(await this.themes.create(regionId, body));
  }

  @ApiOperation({ summary: 'Get a theme', operationId: 'getTheme' })
  @Get(':id')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ThemeResponseDto })
  @ApiProblems(404)
  async get(@RegionId() regionId: string, @ThemeId() id: string): Promise<ThemeResponse> {
    return toThemeResponse(await this.themes.get(regionId, id));
  }

  @ApiOperation({ summary: 'Change a theme', operationId: 'updateTheme' })
  @Patch(':id')
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ThemeResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @RegionId() regionId: string,
    @ThemeId() id: string,
    @Body() body: UpdateThemeDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ThemeResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return toThemeResponse(await this.themes.update(regionId, id, version, body));
  }

  @ApiOperation({ summary: 'Delete a theme', operationId: 'deleteTheme' })
  @Delete(':id')
  @Access({ roles: ['bureau'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The theme is gone.' })
  @ApiProblems(404, 409)
  async remove(@RegionId() regionId: string, @ThemeId() id: string): Promise<void> {
    await this.themes.remove(regionId, id);
  }
}
