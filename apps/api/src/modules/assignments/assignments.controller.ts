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
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  AssignmentOverviewResponse,
  AssignmentResponse,
  AssignmentSummary,
  CopyAssignmentsResponse,
  Page,
} from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { programmeNotFound } from '../programmes/programme.errors';
import { assignmentNotFound } from './assignment.errors';
import { AssignmentsService } from './assignments.service';
import { AssignmentListQueryDto } from './dto/assignment-list.query';
import { AssignmentOverviewResponseDto } from './dto/assignment-overview.dto';
import {
  CopyAssignmentsDto,
  CreateAssignmentDto,
  UpdateAssignmentDto,
} from './dto/assignment-request.dto';
import {
  AssignmentPageDto,
  AssignmentResponseDto,
  CopyAssignmentsResponseDto,
} from './dto/assignment-response.dto';

/** What the portfolio holder of an assignment may change: its mandate and its status. */
const PORTFOLIO_HOLDER_FIELDS = ['version', 'mandate', 'status'];

@ApiTags('assignments')
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @ApiOperation({ summary: 'List the assignments of a programme', operationId: 'listAssignments' })
  @Get('programmes/:programmeId/assignments')
  @Access({ read: 'region', publishedProgramme: true })
  @ApiOkResponse({ type: AssignmentPageDto })
  @ApiProblems(400, 404)
  list(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Query() query: AssignmentListQueryDto,
  ): Promise<Page<AssignmentSummary>> {
    return this.assignments.list(programmeId, query);
  }

  @ApiOperation({
    summary: 'Add an assignment to a draft programme',
    operationId: 'createAssignment',
  })
  @Post('programmes/:programmeId/assignments')
  @Access({ roles: ['bureau'] })
  @ApiCreatedResponse({ type: AssignmentResponseDto })
  @ApiProblems(400, 404, 409)
  create(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<AssignmentResponse> {
    return this.assignments.create(programmeId, body);
  }

  @ApiOperation({
    summary: 'Copy the continuing assignments of an earlier programme',
    operationId: 'copyAssignments',
  })
  @Post('programmes/:programmeId/assignments/copy')
  @Access({ roles: ['bureau'] })
  @HttpCode(200)
  @ApiOkResponse({
    type: CopyAssignmentsResponseDto,
    description: 'The continuing assignments of an earlier programme, copied into this draft.',
  })
  @ApiProblems(400, 404, 409)
  copy(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Body() body: CopyAssignmentsDto,
  ): Promise<CopyAssignmentsResponse> {
    return this.assignments.copyFrom(programmeId, body.fromProgrammeId);
  }

  @ApiOperation({
    summary: 'Get an assignment with its budget, capacity and mandate',
    operationId: 'getAssignment',
  })
  @Get('assignments/:assignmentId')
  @Access({ read: 'region', publishedProgramme: true })
  @ApiOkResponse({ type: AssignmentResponseDto })
  @ApiProblems(404)
  get(
    @Param('assignmentId', new IdParamPipe(assignmentNotFound)) id: string,
  ): Promise<AssignmentResponse> {
    return this.assignments.get(id);
  }

  @ApiOperation({
    summary: 'One assignment as every role that may see it reads it, with every reference named',
    operationId: 'getAssignmentOverview',
  })
  @Get('assignments/:assignmentId/overview')
  @Access({ read: 'region', publishedProgramme: true })
  @ApiOkResponse({ type: AssignmentOverviewResponseDto })
  @ApiProblems(404)
  overview(
    @Param('assignmentId', new IdParamPipe(assignmentNotFound)) id: string,
  ): Promise<AssignmentOverviewResponse> {
    return this.assignments.overview(id);
  }

  @ApiOperation({ summary: 'Change an assignment', operationId: 'updateAssignment' })
  @Patch('assignments/:assignmentId')
  @Access({ roles: ['bureau'], portfolioHolderFields: PORTFOLIO_HOLDER_FIELDS })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version read, e.g. "3".' })
  @ApiOkResponse({ type: AssignmentResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @Param('assignmentId', new IdParamPipe(assignmentNotFound)) id: string,
    @Body() body: UpdateAssignmentDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<AssignmentResponse> {
    return this.assignments.update(id, expectedVersion(body.version, ifMatch), body);
  }

  @ApiOperation({ summary: 'Delete an assignment', operationId: 'deleteAssignment' })
  @Delete('assignments/:assignmentId')
  @Access({ roles: ['bureau'] })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The assignment and everything it owns are gone.' })
  @ApiProblems(404, 409)
  async remove(@Param('assignmentId', new IdParamPipe(assignmentNotFound)) id: string) {
    await this.assignments.remove(id);
  }
}
