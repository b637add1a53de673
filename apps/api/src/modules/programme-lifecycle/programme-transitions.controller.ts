import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Access } from '../../common/access/access.decorator';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { TransitionResponse, TransitionsResponse } from '@koers/contracts';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { programmeNotFound } from '../programmes/programme.errors';
import { TransitionDto, TransitionResponseDto, TransitionsResponseDto } from './dto/transition.dto';
import { ProgrammeTransitionsService } from './programme-transitions.service';

@ApiTags('programme lifecycle')
@Controller('programmes/:programmeId/transitions')
export class ProgrammeTransitionsController {
  constructor(private readonly transitions: ProgrammeTransitionsService) {}

  @ApiOperation({
    summary: 'List the states a programme can move to, and why not',
    operationId: 'listProgrammeTransitions',
  })
  @Access({ read: 'region' })
  @Get()
  @ApiOkResponse({
    type: TransitionsResponseDto,
    description: 'The next states, whether each is possible now, and if not, why.',
  })
  @ApiProblems(404)
  allowed(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
  ): Promise<TransitionsResponse> {
    return this.transitions.allowed(programmeId);
  }

  @ApiOperation({
    summary: 'Move a programme to its next state',
    operationId: 'transitionProgramme',
  })
  @Access({ transition: true })
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: TransitionResponseDto, description: 'The programme after the move.' })
  @ApiProblems(400, 404, 409)
  transition(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Body() body: TransitionDto,
  ): Promise<TransitionResponse> {
    return this.transitions.transition(programmeId, body);
  }
}
