import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HistoryPerson, ProgrammeHistoryPage } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { programmeNotFound } from '../programmes/programme.errors';
import {
  HistoryPersonDto,
  ProgrammeHistoryPageDto,
  ProgrammeHistoryQueryDto,
} from './dto/programme-history.dto';
import { ProgrammeHistoryService } from './programme-history.service';

const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));

@ApiTags('audit')
@Controller('programmes/:programmeId/history')
export class ProgrammeHistoryController {
  constructor(private readonly history: ProgrammeHistoryService) {}

  @ApiOperation({
    summary: "List a programme's history, newest first",
    operationId: 'listProgrammeHistory',
    description:
      'Transitions, council decisions, answers to views and assignment changes, newest first.',
  })
  @Get()
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ProgrammeHistoryPageDto })
  @ApiProblems(400, 404)
  page(
    @ProgrammeId() programmeId: string,
    @Query() query: ProgrammeHistoryQueryDto,
  ): Promise<ProgrammeHistoryPage> {
    return this.history.page(programmeId, query);
  }

  @ApiOperation({
    summary: "List everyone who appears in a programme's history",
    operationId: 'listProgrammeHistoryPeople',
    description: "Everyone who appears in the programme's history.",
  })
  @Get('people')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: [HistoryPersonDto] })
  @ApiProblems(404)
  people(@ProgrammeId() programmeId: string): Promise<HistoryPerson[]> {
    return this.history.people(programmeId);
  }
}
