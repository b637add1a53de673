import { Body, Controller, Get, Headers, Param, Put } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReportingCalendarResponse, ReportingPeriodListResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { IF_MATCH } from '../../common/version.dto';
import { programmeNotFound } from '../programmes/programme.errors';
import { regionNotFound } from '../regions/region.errors';
import {
  ReportingCalendarResponseDto,
  ReportingPeriodListResponseDto,
  UpdateReportingCalendarDto,
} from './dto/reporting-calendar.dto';
import { ReportingPeriodsService } from './reporting-periods.service';

const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));

@ApiTags('reporting-periods')
@Controller()
export class ReportingPeriodsController {
  constructor(private readonly periods: ReportingPeriodsService) {}

  @ApiOperation({
    summary: "The region's reporting calendar (the default spring and autumn report until changed)",
    operationId: 'getReportingCalendar',
  })
  @Get('regions/:regionId/reporting-calendar')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ReportingCalendarResponseDto })
  @ApiProblems(404)
  calendar(@RegionId() regionId: string): Promise<ReportingCalendarResponse> {
    return this.periods.calendar(regionId);
  }

  @ApiOperation({
    summary:
      "Replace the region's reporting calendar; programmes entering execution later get its periods",
    operationId: 'updateReportingCalendar',
  })
  @Put('regions/:regionId/reporting-calendar')
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ReportingCalendarResponseDto })
  @ApiProblems(400, 404, 409)
  updateCalendar(
    @RegionId() regionId: string,
    @Body() body: UpdateReportingCalendarDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ReportingCalendarResponse> {
    return this.periods.updateCalendar(regionId, body, ifMatch);
  }

  @ApiOperation({
    summary: 'The reporting periods of a programme (made when it entered execution)',
    operationId: 'listReportingPeriods',
  })
  @Get('programmes/:programmeId/reporting-periods')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ReportingPeriodListResponseDto })
  @ApiProblems(404)
  list(@ProgrammeId() programmeId: string): Promise<ReportingPeriodListResponse> {
    return this.periods.periods(programmeId);
  }
}
