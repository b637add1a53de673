import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  PipeTransform,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
  ApiParam,
} from '@nestjs/swagger';
import {
  ROLE_NAMES,
  type CreatedRegionUserResponse,
  type Page,
  type RegionUserResponse,
  type RoleName,
} from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems, ProblemDetailsDto } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { signedIn } from '../../common/access/signed-in';
import { regionNotFound } from '../regions/region.errors';
import {
  AssignRoleDto,
  CreatedRegionUserResponseDto,
  CreateRegionUserDto,
  RegionUserListQueryDto,
  RegionUserPageDto,
  RegionUserResponseDto,
} from './dto/user.dto';
import { roleNotFound, userNotFound } from './user.errors';
import { UsersService } from './users.service';

const MANAGED_ELSEWHERE = {
  type: ProblemDetailsDto,
  description: 'USER_MANAGED_ELSEWHERE: the account also has roles outside your regions.',
};
const RegionId = () => Param('regionId', new IdParamPipe(regionNotFound));
const UserId = () => Param('userId', new IdParamPipe(userNotFound));
/** A role name in the path; anything else names no role (404). */
class RoleParamPipe implements PipeTransform<string, RoleName> {
  transform(value: string): RoleName {
    if (!(ROLE_NAMES as readonly string[]).includes(value)) throw roleNotFound(value);
    return value as RoleName;
  }
}
const Role = () => Param('role', new RoleParamPipe());
const ROLE_PARAM = { name: 'role', enum: ROLE_NAMES, description: 'The role in the region.' };

/** User management of a region: its administrators (and platform administrators) only. */
@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({
    summary: 'List the users of a region with their roles',
    operationId: 'listRegionUsers',
  })
  @Get('regions/:regionId/users')
  @Access({ roles: ['admin'] })
  @ApiOkResponse({ type: RegionUserPageDto })
  @ApiProblems(400, 404)
  list(
    @RegionId() regionId: string,
    @Query() query: RegionUserListQueryDto,
  ): Promise<Page<RegionUserResponse>> {
    return this.users.list(regionId, query);
  }

  @ApiOperation({
    summary: 'Create or invite a user into a region',
    operationId: 'createRegionUser',
  })
  @Post('regions/:regionId/users')
  @Access({ roles: ['admin'] })
  @ApiCreatedResponse({ type: CreatedRegionUserResponseDto })
  @ApiProblems(400, 404)
  create(
    @RegionId() regionId: string,
    @Body() body: CreateRegionUserDto,
    @Req() req: Request,
  ): Promise<CreatedRegionUserResponse> {
    return this.users.create(regionId, body, signedIn(req));
  }

  @ApiOperation({ summary: 'Give a user a role in a region', operationId: 'assignRegionRole' })
  @Put('regions/:regionId/users/:userId/roles/:role')
  @ApiParam(ROLE_PARAM)
  @Access({ roles: ['admin'] })
  @ApiOkResponse({ type: RegionUserResponseDto })
  @ApiProblems(400, 404)
  @ApiForbiddenResponse(MANAGED_ELSEWHERE)
  assignRole(
    @RegionId() regionId: string,
    @UserId() userId: string,
    @Role() role: RoleName,
    @Body() body: AssignRoleDto,
    @Req() req: Request,
  ): Promise<RegionUserResponse> {
    return this.users.assignRole(regionId, userId, role, body, signedIn(req));
  }

  @ApiOperation({
    summary: 'Take a role in a region away from a user',
    operationId: 'revokeRegionRole',
  })
  @Delete('regions/:regionId/users/:userId/roles/:role')
  @ApiParam(ROLE_PARAM)
  @HttpCode(204)
  @Access({ roles: ['admin'] })
  @ApiNoContentResponse({ description: 'The role is revoked.' })
  @ApiProblems(404, 409)
  async revokeRole(
    @RegionId() regionId: string,
    @UserId() userId: string,
    @Role() role: RoleName,
  ): Promise<void> {
    await this.users.revokeRole(regionId, userId, role);
  }

  @ApiOperation({ summary: 'Deactivate a user account', operationId: 'deactivateUser' })
  @Post('users/:userId/deactivate')
  @HttpCode(204)
  @Access({ userAdmin: true })
  @ApiNoContentResponse({ description: 'The user can no longer sign in; their sessions ended.' })
  @ApiProblems(404)
  @ApiForbiddenResponse(MANAGED_ELSEWHERE)
  async deactivate(@UserId() userId: string): Promise<void> {
    await this.users.deactivate(userId);
  }
}
