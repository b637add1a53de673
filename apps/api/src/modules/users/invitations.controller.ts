import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { RoleInvitationResponse } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { signedIn } from '../../common/access/signed-in';
import { ApiProblems } from '../../common/api-problem';
import { InvitationAnswerDto, RoleInvitationResponseDto } from './dto/user.dto';
import { InvitationsService } from './invitations.service';

/** Roles the admin of another region offered the signed-in user: theirs to accept or decline. */
@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiOperation({
    summary: "List the signed-in user's open invitations",
    operationId: 'listMyInvitations',
  })
  @Get()
  @Access({ signedIn: true })
  @ApiOkResponse({ type: [RoleInvitationResponseDto] })
  list(@Req() req: Request): Promise<RoleInvitationResponse[]> {
    return this.invitations.list(signedIn(req).id);
  }

  @ApiOperation({ summary: 'Accept an invitation to a region', operationId: 'acceptInvitation' })
  @Post('accept')
  @HttpCode(204)
  @Access({ signedIn: true })
  @ApiNoContentResponse({ description: 'Accepted: the user has the role.' })
  @ApiProblems(400, 404)
  async accept(@Req() req: Request, @Body() body: InvitationAnswerDto): Promise<void> {
    await this.invitations.accept(signedIn(req).id, body.invitationId.toLowerCase());
  }

  @ApiOperation({ summary: 'Decline an invitation to a region', operationId: 'declineInvitation' })
  @Post('decline')
  @HttpCode(204)
  @Access({ signedIn: true })
  @ApiNoContentResponse({ description: 'Declined: the offer is gone.' })
  @ApiProblems(400, 404)
  async decline(@Req() req: Request, @Body() body: InvitationAnswerDto): Promise<void> {
    await this.invitations.decline(signedIn(req).id, body.invitationId.toLowerCase());
  }
}
