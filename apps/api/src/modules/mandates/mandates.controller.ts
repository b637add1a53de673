import { Body, Controller, Get, Headers, Param, Patch, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type {
  MandateAccountResponse,
  MandateDecisionResponse,
  MandateResponse,
} from '@koers/contracts';
import { Access } from '../../common/access/access.decorator';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { IF_MATCH } from '../../common/version.dto';
import { assignmentNotFound } from '../assignments/assignment.errors';
import {
  MandateAccountDto,
  MandateDecisionDto,
  UpdateMandateAccountDto,
  UpdateMandateDecisionDto,
} from './dto/mandate-request.dto';
import {
  MandateAccountResponseDto,
  MandateDecisionResponseDto,
  MandateInExecutionDto,
} from './dto/mandate-response.dto';
import { MandateAccountsService } from './mandate-accounts.service';
import { MandateDecisionsService } from './mandate-decisions.service';
import { mandateAccountNotFound, mandateDecisionNotFound } from './mandate.errors';
import { MandatesService } from './mandates.service';

const AssignmentId = () => Param('assignmentId', new IdParamPipe(assignmentNotFound));
const DecisionId = () => Param('mandateDecisionId', new IdParamPipe(mandateDecisionNotFound));
const AccountId = () => Param('accountId', new IdParamPipe(mandateAccountNotFound));
const WRITERS = { roles: ['bureau' as const], portfolioHolder: true as const };

@ApiTags('mandates')
@Controller('assignments/:assignmentId/mandate')
export class MandatesController {
  constructor(
    private readonly mandates: MandatesService,
    private readonly decisions: MandateDecisionsService,
    private readonly accounts: MandateAccountsService,
  ) {}

  @Access({ read: 'region' })
  @Get()
  @ApiOperation({
    summary:
      "An assignment's mandate: what is used of its ceiling, its term, alerts, decisions and report-back accounts.",
    operationId: 'getMandate',
  })
  @ApiOkResponse({ type: MandateInExecutionDto })
  @ApiProblems(404)
  get(@AssignmentId() assignmentId: string): Promise<MandateResponse> {
    return this.mandates.get(assignmentId);
  }

  @Access(WRITERS)
  @Post('decisions')
  @ApiOperation({
    summary:
      "Record a decision taken under the mandate. One that would pass the ceiling is refused (409 with the region's sentence) or recorded as an escalation, per the region's setting.",
    operationId: 'createMandateDecision',
  })
  @ApiCreatedResponse({ type: MandateDecisionResponseDto })
  @ApiProblems(400, 404, 409)
  createDecision(
    @AssignmentId() assignmentId: string,
    @Body() body: MandateDecisionDto,
  ): Promise<MandateDecisionResponse> {
    return this.decisions.create(assignmentId, body);
  }

  @Access(WRITERS)
  @Patch('decisions/:mandateDecisionId')
  @ApiOperation({
    summary: 'Change a decision under the mandate',
    operationId: 'updateMandateDecision',
  })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MandateDecisionResponseDto })
  @ApiProblems(400, 404, 409)
  updateDecision(
    @AssignmentId() assignmentId: string,
    @DecisionId() decisionId: string,
    @Body() body: UpdateMandateDecisionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MandateDecisionResponse> {
    return this.decisions.update(
      assignmentId,
      decisionId,
      expectedVersion(body.version, ifMatch),
      body,
    );
  }

  @Access(WRITERS)
  @Post('accounts')
  @ApiOperation({
    summary: 'Record that the portfolio holder reported back for one of the report-back dates',
    operationId: 'createMandateAccount',
  })
  @ApiCreatedResponse({ type: MandateAccountResponseDto })
  @ApiProblems(400, 404, 409)
  createAccount(
    @AssignmentId() assignmentId: string,
    @Body() body: MandateAccountDto,
  ): Promise<MandateAccountResponse> {
    return this.accounts.create(assignmentId, body);
  }

  @Access(WRITERS)
  @Patch('accounts/:accountId')
  @ApiOperation({ summary: 'Change a report-back account', operationId: 'updateMandateAccount' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: MandateAccountResponseDto })
  @ApiProblems(400, 404, 409)
  updateAccount(
    @AssignmentId() assignmentId: string,
    @AccountId() accountId: string,
    @Body() body: UpdateMandateAccountDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<MandateAccountResponse> {
    return this.accounts.update(
      assignmentId,
      accountId,
      expectedVersion(body.version, ifMatch),
      body,
    );
  }
}
