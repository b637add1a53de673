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

  @Get()
  @Access({ read: 'region', idTable: 'municipalities' })
  @ApiOperation({ summary: 'The recorded populations of a municipality, newest first.' })
  @ApiOkResponse({ type: PopulationHistoryResponseDto })
  @ApiProblems(404)
  history(@MunicipalityId() id: string): Promise<PopulationHistoryResponse> {
    return this.populations.history(id);
  }

  @Post()
  @Access({ roles: ['bureau'], idTable: 'municipalities' })
  @ApiOperation({
    summary: 'Records a population with its date and source (bureau, region admin).',
    description:
      '409 POPULATION_DATE_TAKEN when the municipality already has a figure at that date. The latest figure also becomes its current population.',
  })
  @ApiCreatedResponse({ type: PopulationRecordResponseDto })
  @ApiProblems(400, 404, 409)
  record(
    @MunicipalityId() id: string,
    @Body() body: RecordPopulationDto,
  ): Promise<PopulationRecordResponse> {
    return this.populations.record(id, body);
  }
}
