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
import type { PersonResponse, Page } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { regionNotFound } from '../regions/region.errors';
import {
  CreatePersonDto,
  PersonListQueryDto,
  PersonPageDto,
  PersonResponseDto,
  UpdatePersonDto,
} from './dto/person.dto';
import { personNotFound } from './person.errors';
import { toPersonResponse } from './person.mapper';
import { PeopleService } from './people.service';

const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const PersonId = () => Param('id', new IdParamPipe(personNotFound));

@ApiTags('people')
@Controller('regions/:regionId/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @ApiOperation({ summary: 'List the people of a region', operationId: 'listPeople' })
  @Get()
  @Access({ read: 'region' })
  @ApiOkResponse({ type: PersonPageDto })
  @ApiProblems(400, 404)
  list(
    @RegionId() regionId: string,
    @Query() query: PersonListQueryDto,
  ): Promise<Page<PersonResponse>> {
    return this.people.list(regionId, query);
  }

  @ApiOperation({ summary: 'Add a person to a region', operationId: 'createPerson' })
  @Post()
  @Access({ roles: ['bureau'] })
  @ApiCreatedResponse({ type: PersonResponseDto })
  @ApiProblems(400, 404)
  async create(
    @RegionId() regionId: string,
    @Body() body: CreatePersonDto,
  ): Promise<PersonResponse> {
    return toPersonResponse(await this.people.create(regionId, body));
  }

  @ApiOperation({ summary: 'Get a person', operationId: 'getPerson' })
  @Get(':id')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiProblems(404)
  async get(@RegionId() regionId: string, @PersonId() id: string): Promise<PersonResponse> {
    return toPersonResponse(await this.people.get(regionId, id));
  }

  @ApiOperation({ summary: 'Change a person', operationId: 'updatePerson' })
  @Patch(':id')
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiProblems(400, 404, 409)
  async update(
    @RegionId() regionId: string,
    @PersonId() id: string,
    @Body() body: UpdatePersonDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<PersonResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return toPersonResponse(await this.people.update(regionId, id, version, body));
  }

  @ApiOperation({ summary: 'Delete a person', operationId: 'deletePerson' })
  @Delete(':id')
  @Access({ roles: ['bureau'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The person is gone.' })
  @ApiProblems(404, 409)
  async remove(@RegionId() regionId: string, @PersonId() id: string): Promise<void> {
    await this.people.remove(regionId, id);
  }
}
