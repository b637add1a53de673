import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PopulationHistoryResponse, PopulationRecordResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import {
  PopulationHistoryResponseDto,
  PopulationRecordResponseDto,
  RecordPopulationDto,
} from './dto/population.dto';
import { municipalityNotFound } from './municipality.errors';
import { PopulationsService } from './populations.service';

const MunicipalityId = () => Param('id', new IdParamPipe(municipalityNotFound));

/** The population history of a municipality (kept apart from its PATCH, which locking guards). */
@ApiTags('municipalities')
@Controller('municipalities/:id/populations')
export class PopulationsController {
  constructor(private readonly populations: PopulationsService) {}

  @ApiOperation({
    summary: 'List the recorded populations of a municipality, newest first',
    operationId: 'listPopulations',
    description: 'The recorded populations of a municipality, newest first.',
  })
  @Get()
  @Access({ read: 'region', idTable: 'municipalities' })
  @ApiOkResponse({ type: PopulationHistoryResponseDto })
  @ApiProblems(404)
  history(@MunicipalityId() id: string): Promise<PopulationHistoryResponse> {
    return this.populations.history(id);
  }

  @ApiOperation({
    summary: "Record a municipality's population with its date and source",
    operationId: 'recordPopulation',
    description:
      '409 POPULATION_DATE_TAKEN when the municipality already has a figure at that date. The latest figure also becomes its current population.',
  })
  @Post()
  @Access({ roles: ['bureau'], idTable: 'municipalities' })
  @ApiCreatedResponse({ type: PopulationRecordResponseDto })
  @ApiProblems(400, 404, 409)
  record(
    @MunicipalityId() id: string,
    @Body() body: RecordPopulationDto,
  ): Promise<PopulationRecordResponse> {
    return this.populations.record(id, body);
  }
}
