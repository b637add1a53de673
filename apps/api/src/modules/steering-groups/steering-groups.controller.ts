import { Body, Controller, Get, Headers, Param, Put } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { SteeringGroupResponse } from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { assignmentNotFound } from '../assignments/assignment.errors';
import { SteeringGroupDto, SteeringGroupResponseDto } from './dto/steering-group.dto';
import { SteeringGroupsService } from './steering-groups.service';

@ApiTags('steering groups')
@Controller('assignments/:assignmentId/steering-group')
export class SteeringGroupsController {
  constructor(private readonly steeringGroups: SteeringGroupsService) {}

  @ApiOperation({
    summary: 'Get the steering group of an assignment',
    operationId: 'getSteeringGroup',
  })
  @Get()
  @Access({ read: 'region', publishedProgramme: true })
  @ApiOkResponse({ type: SteeringGroupResponseDto })
  @ApiProblems(404)
  get(
    @Param('assignmentId', new IdParamPipe(assignmentNotFound)) assignmentId: string,
  ): Promise<SteeringGroupResponse> {
    return this.steeringGroups.get(assignmentId);
  }

  @ApiOperation({
    summary: 'Replace the steering group of an assignment',
    operationId: 'replaceSteeringGroup',
  })
  @Put()
  @Access({ roles: ['bureau'] })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: SteeringGroupResponseDto, description: 'The steering group as stored.' })
  @ApiProblems(400, 404, 409)
  replace(
    @Param('assignmentId', new IdParamPipe(assignmentNotFound)) assignmentId: string,
    @Body() body: SteeringGroupDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<SteeringGroupResponse> {
    return this.steeringGroups.replace(assignmentId, expectedVersion(body.version, ifMatch), body);
  }
}
