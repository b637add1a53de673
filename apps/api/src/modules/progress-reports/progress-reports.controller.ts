import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AssignmentProgressResponse,
  ProgressOverviewResponse,
  ProgressReportResponse,
} from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { assignmentNotFound } from '../assignments/assignment.errors';
import { programmeNotFound } from '../programmes/programme.errors';
import {
  CreateProgressReportDto,
  ReportVersionDto,
  ReturnProgressReportDto,
  UpdateProgressReportDto,
} from './dto/progress-report-request.dto';
import {
  AssignmentProgressResponseDto,
  ProgressOverviewResponseDto,
  ProgressReportResponseDto,
} from './dto/progress-report-response.dto';
import { progressReportNotFound } from './progress-report.errors';
import { ProgressReportsService } from './progress-reports.service';

const AssignmentId = () => Param('assignmentId', new IdParamPipe(assignmentNotFound));
const ReportId = () => Param('reportId', new IdParamPipe(progressReportNotFound));
const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));
const REPORTS = 'assignments/:assignmentId/progress-reports';
const WRITERS = { assignmentReporter: true } as const;

@ApiTags('progress-reports')
@Controller()
export class ProgressReportsController {
  constructor(private readonly reports: ProgressReportsService) {}

  @ApiOperation({
    summary:
      "Every reporting period of the assignment's programme with its report, and the lines to report on",
    operationId: 'getAssignmentProgress',
  })
  @Get(REPORTS)
  @Access({ read: 'region' })
  @ApiOkResponse({ type: AssignmentProgressResponseDto })
  @ApiProblems(404)
  forAssignment(@AssignmentId() assignmentId: string): Promise<AssignmentProgressResponse> {
    return this.reports.forAssignment(assignmentId);
  }

  @ApiOperation({
    summary:
      'Write a progress report for a period (portfolio holder, lead or bureau); starts as draft',
    operationId: 'createProgressReport',
  })
  @Post(REPORTS)
  @Access({ ...WRITERS, roles: ['bureau'] })
  @ApiCreatedResponse({ type: ProgressReportResponseDto })
  @ApiProblems(400, 404, 409)
  create(
    @AssignmentId() assignmentId: string,
    @Body() body: CreateProgressReportDto,
  ): Promise<ProgressReportResponse> {
    return this.reports.create(assignmentId, body);
  }

  @ApiOperation({ summary: 'A progress report', operationId: 'getProgressReport' })
  @Get(`${REPORTS}/:reportId`)
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ProgressReportResponseDto })
  @ApiProblems(404)
  get(
    @AssignmentId() assignmentId: string,
    @ReportId() reportId: string,
  ): Promise<ProgressReportResponse> {
    return this.reports.get(assignmentId, reportId);
  }

  @ApiOperation({
    summary: 'Replace a draft or returned progress report with all its lines (409 once accepted)',
    operationId: 'updateProgressReport',
  })
  @Put(`${REPORTS}/:reportId`)
  @Access({ ...WRITERS, roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProgressReportResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @AssignmentId() assignmentId: string,
    @ReportId() reportId: string,
    @Body() body: UpdateProgressReportDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProgressReportResponse> {
    return this.reports.update(assignmentId, reportId, body, ifMatch);
  }

  @ApiOperation({
    summary: 'Submit a progress report to the bureau',
    operationId: 'submitProgressReport',
  })
  @Post(`${REPORTS}/:reportId/submit`)
  @HttpCode(200)
  @Access({ ...WRITERS, roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProgressReportResponseDto })
  @ApiProblems(400, 404, 409)
  submit(
    @AssignmentId() assignmentId: string,
    @ReportId() reportId: string,
    @Body() body: ReportVersionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProgressReportResponse> {
    return this.reports.submit(assignmentId, reportId, expectedVersion(body.version, ifMatch));
  }

  @ApiOperation({
    summary: 'Accept a submitted progress report (bureau); it is frozen from then on',
    operationId: 'acceptProgressReport',
  })
  @Post(`${REPORTS}/:reportId/accept`)
  @HttpCode(200)
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProgressReportResponseDto })
  @ApiProblems(400, 404, 409)
  accept(
    @AssignmentId() assignmentId: string,
    @ReportId() reportId: string,
    @Body() body: ReportVersionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProgressReportResponse> {
    return this.reports.accept(assignmentId, reportId, expectedVersion(body.version, ifMatch));
  }

  @ApiOperation({
    summary: 'Return a submitted progress report to its writers with a comment (bureau)',
    operationId: 'returnProgressReport',
  })
  @Post(`${REPORTS}/:reportId/return`)
  @HttpCode(200)
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProgressReportResponseDto })
  @ApiProblems(400, 404, 409)
  return(
    @AssignmentId() assignmentId: string,
    @ReportId() reportId: string,
    @Body() body: ReturnProgressReportDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ProgressReportResponse> {
    return this.reports.return(
      assignmentId,
      reportId,
      expectedVersion(body.version, ifMatch),
      body.comment,
    );
  }

  @ApiOperation({
    summary:
      'Per reporting period: which reports are missing, draft, submitted, returned, accepted or late',
    operationId: 'getProgressOverview',
  })
  @Get('programmes/:programmeId/progress-overview')
  @Access({ read: 'region' })
  @ApiOkResponse({ type: ProgressOverviewResponseDto })
  @ApiProblems(404)
  overview(@ProgrammeId() programmeId: string): Promise<ProgressOverviewResponse> {
    return this.reports.overview(programmeId);
  }
}
