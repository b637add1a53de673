import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { StartResponse } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../common/access/access.decorator';
import { signedIn } from '../../common/access/signed-in';
import { ProblemDetailsDto } from '../../common/api-problem';
import { StartResponseDto } from './dto/start-response.dto';
import { StartService } from './start.service';

/** The signed-in person's start page: what waits for them, per role, in their own regions. */
@ApiTags('start')
@Controller('me')
export class StartController {
  constructor(private readonly start: StartService) {}

  @ApiOperation({ summary: 'What waits for the signed-in person', operationId: 'getMyStart' })
  @Get('start')
  @Access({ signedIn: true })
  @ApiOkResponse({ type: StartResponseDto })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'Not signed in.' })
  get(@Req() req: Request): Promise<StartResponse> {
    return this.start.start(signedIn(req));
  }
}
