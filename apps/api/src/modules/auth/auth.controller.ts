import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import type { DemoAccountsResponse, MeResponse } from '@koers/contracts';
import type { Request, Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { notSignedIn } from '../../common/access/access.errors';
import { loadPrincipal } from '../../common/access/principal';
import { ApiProblems, ProblemDetailsDto } from '../../common/api-problem';
import { DataSource } from 'typeorm';
import { demoModeOff } from './auth.errors';
import { AUTH_OPTIONS, AuthOptions } from './auth.options';
import { AuthService } from './auth.service';
import {
  ChangePasswordDto,
  DemoAccountsResponseDto,
  LoginDto,
  MeResponseDto,
} from './dto/auth.dto';
import { SESSION_COOKIE } from './security';
import { answerFailures } from './answer-failures';
import { endSession, startSession } from './session-control';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  @ApiOperation({ summary: 'Sign in with e-mail and password', operationId: 'signIn' })
  @Post('login')
  @HttpCode(200)
  @Access({ public: true })
  @ApiOkResponse({ type: MeResponseDto, description: 'Signed in; the session cookie is set.' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'Wrong e-mail or password.' })
  @ApiTooManyRequestsResponse({ type: ProblemDetailsDto, description: 'See Retry-After.' })
  @ApiProblems(400)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    return answerFailures(res, async () => {
      const userId = await this.auth.verifyCredentials(body.email, body.password, req.ip ?? '');
      const csrfToken = await startSession(req, userId);
      const principal = await loadPrincipal(this.dataSource.manager, userId);
      if (!principal) throw notSignedIn();
      return await this.auth.me(principal, csrfToken);
    });
  }

  @ApiOperation({ summary: 'Sign out and end the session', operationId: 'signOut' })
  @Post('logout')
  @HttpCode(204)
  @Access({ public: true })
  @ApiNoContentResponse({ description: 'Signed out; the session is gone.' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await endSession(req);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @ApiOperation({
    summary: 'Who is signed in, with their roles and CSRF token',
    operationId: 'getMe',
  })
  @Get('me')
  @Access({ signedIn: true })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'Not signed in.' })
  me(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeResponse> {
    // Who is signed in, with the CSRF token: never for a shared or the browser's back-forward cache.
    res.setHeader('Cache-Control', 'no-store');
    if (!req.user || !req.session.csrfToken) throw notSignedIn();
    return this.auth.me(req.user, req.session.csrfToken);
  }

  @ApiOperation({ summary: "Change one's own password", operationId: 'changePassword' })
  @Put('password')
  @HttpCode(204)
  @Access({ signedIn: true })
  @ApiNoContentResponse({ description: 'Changed; every other session of the user has ended.' })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'Not signed in.' })
  @ApiTooManyRequestsResponse({ type: ProblemDetailsDto, description: 'See Retry-After.' })
  @ApiProblems(400)
  async changePassword(
    @Req() req: Request,
    @Body() body: ChangePasswordDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    const user = req.user;
    if (!user) throw notSignedIn();
    await answerFailures(res, () =>
      this.auth.changePassword(user.id, req.sessionID, body.currentPassword, body.newPassword),
    );
  }

  @ApiOperation({
    summary: 'List the demo accounts (demo mode only)',
    operationId: 'listDemoAccounts',
  })
  @Get('demo-accounts')
  @Access({ public: true })
  @ApiOkResponse({ type: DemoAccountsResponseDto, description: 'Demo mode only.' })
  @ApiProblems(404)
  demoAccounts(): Promise<DemoAccountsResponse> {
    if (!this.options.demo) throw demoModeOff();
    return this.auth.demoAccounts();
  }
}
