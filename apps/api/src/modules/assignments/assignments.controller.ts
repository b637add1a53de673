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
} from '@nestjs/swagger';
import type { AssignmentResponse, AssignmentSummary, Page } from '@koers/contracts';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { programmeNotFound } from '../programmes/programme.errors';
import { assignmentNotFound } from './assignment.errors';
import { AssignmentsService } from './assignments.service';
import { AssignmentListQueryDto } from './dto/assignment-list.query';
import { CreateAssignmentDto, UpdateAssignmentDto } from './dto/assignment-request.dto';
import { AssignmentPageDto, AssignmentResponseDto } from './dto/assignment-response.dto';

@ApiTags('assignments')
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('programmes/:programmeId/assignments')
  @ApiOkResponse({ type: AssignmentPageDto })
  @ApiProblems(400, 404)
  list(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Query() query: AssignmentListQueryDto,
  ): Promise<Page<AssignmentSummary>> {
    return this.assignments.list(programmeId, query);
  }

  @Post('programmes/:programmeId/assignments')
  @ApiCreatedResponse({ type: AssignmentResponseDto })
  @ApiProblems(400, 404, 409)
  create(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<AssignmentResponse> {
    return this.assignments.create(programmeId, body);
  }

  @Get('assignments/:assignmentId')
  @ApiOkResponse({ type: AssignmentResponseDto })
  @ApiProblems(404)
  get(
    @Param('assignmentId', new IdParamPipe(assignmentNotFound)) id: string,
  ): Promise<AssignmentResponse> {
    return this.assignments.get(id);
  }

  @Patch('assignments/:assignmentId')
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

  @Delete('assignments/:assignmentId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The assignment and everything it owns are gone.' })
  @ApiProblems(404, 409)
  async remove(@Param('assignmentId', new IdParamPipe(assignmentNotFound)) id: string) {
    await this.assignments.remove(id);
  }
}
