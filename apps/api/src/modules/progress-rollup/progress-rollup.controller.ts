import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProgrammeRollupResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { programmeNotFound } from '../programmes/programme.errors';
import { reportingPeriodNotFound } from '../reporting-periods/reporting-period.errors';
import { ProgrammeRollupResponseDto } from './dto/programme-rollup-response.dto';
import { ProgressRollupService } from './progress-rollup.service';

export const ProgrammeIdParam = () => Param('programmeId', new IdParamPipe(programmeNotFound));
export const PeriodIdParam = () => Param('periodId', new IdParamPipe(reportingPeriodNotFound));

@ApiTags('progress-rollup')
@Controller('programmes/:programmeId/reporting-periods/:periodId/rollup')
export class ProgressRollupController {
  constructor(private readonly rollups: ProgressRollupService) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get()
  @ApiOperation({
    summary:
      "A period's programme roll-up: status counts, the budget-weighted share on course (rule stated), spend per theme and source, KPIs and milestones. Councils and the public see it once the bestuursrapportage is final.",
    operationId: 'getProgrammeRollup',
  })
  @ApiOkResponse({ type: ProgrammeRollupResponseDto })
  @ApiProblems(404)
  get(
    @ProgrammeIdParam() programmeId: string,
    @PeriodIdParam() periodId: string,
  ): Promise<ProgrammeRollupResponse> {
    return this.rollups.rollup(programmeId, periodId);
  }
}
