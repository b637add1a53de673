import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AmendmentListResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { RoundQueryDto } from '../council-decisions/dto/view-point-request.dto';
import { programmeNotFound } from '../programmes/programme.errors';
import { AmendmentsService } from './amendments.service';
import { AmendmentListResponseDto } from './dto/amendment.dto';

@ApiTags('amendments')
@Controller('programmes/:programmeId/amendments')
export class AmendmentsController {
  constructor(private readonly amendments: AmendmentsService) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get()
  @ApiOperation({
    summary:
      'The changes to assignments that follow from the views of a consultation round (default the current), with the view points each answers.',
    operationId: 'listAmendments',
  })
  @ApiOkResponse({ type: AmendmentListResponseDto })
  @ApiProblems(400, 404)
  list(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Query() query: RoundQueryDto,
  ): Promise<AmendmentListResponse> {
    return this.amendments.list(programmeId, query.round);
  }
}
