import { Body, Controller, Get, Headers, Param, Put, Query } from '@nestjs/common';
import { Access } from '../../common/access/access.decorator';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  CouncilDecisionDetailResponse,
  CouncilDecisionMatrixResponse,
  ViewPointRegisterResponse,
  ViewPointResponse,
} from '@koers/contracts';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { expectedVersion } from '../../common/version';
import { municipalityNotFound } from '../municipalities/municipality.errors';
import { programmeNotFound } from '../programmes/programme.errors';
import { viewPointNotFound } from './council-decision.errors';
import { CouncilDecisionsService } from './council-decisions.service';
import { RecordCouncilDecisionDto } from './dto/council-decision-request.dto';
import {
  CouncilDecisionDetailResponseDto,
  CouncilDecisionMatrixResponseDto,
  ViewPointRegisterResponseDto,
  ViewPointResponseDto,
} from './dto/council-decision-response.dto';
import {
  AnswerViewPointDto,
  RoundQueryDto,
  ViewPointRegisterQueryDto,
} from './dto/view-point-request.dto';
import { ViewPointsService } from './view-points.service';

const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));
const MunicipalityId = () => Param('municipalityId', new IdParamPipe(municipalityNotFound));
const IF_MATCH = { name: 'If-Match', required: false, description: 'The version read, e.g. "3".' };

@ApiTags('council-decisions')
@Controller('programmes/:programmeId')
export class CouncilDecisionsController {
  constructor(
    private readonly decisions: CouncilDecisionsService,
    private readonly viewPoints: ViewPointsService,
  ) {}

  @ApiOperation({
    summary: 'Get the ratification matrix: every council with its decision',
    operationId: 'getCouncilDecisionMatrix',
    description:
      'The ratification matrix of a consultation round (default the current): every member council with its decision.',
  })
  @Access({ read: 'region', publishedProgramme: true })
  @Get('council-decisions')
  @ApiOkResponse({ type: CouncilDecisionMatrixResponseDto })
  @ApiProblems(400, 404, 409)
  matrix(
    @ProgrammeId() programmeId: string,
    @Query() query: RoundQueryDto,
  ): Promise<CouncilDecisionMatrixResponse> {
    return this.decisions.matrix(programmeId, query.round);
  }

  @ApiOperation({
    summary: "Get one council's decision with its view and the answers",
    operationId: 'getCouncilDecision',
    description:
      "One council's decision in a consultation round (default the current), with its view and the board's answers.",
  })
  @Access({ read: 'region', publishedProgramme: true })
  @Get('council-decisions/:municipalityId')
  @ApiOkResponse({ type: CouncilDecisionDetailResponseDto })
  @ApiProblems(400, 404)
  get(
    @ProgrammeId() programmeId: string,
    @MunicipalityId() municipalityId: string,
    @Query() query: RoundQueryDto,
  ): Promise<CouncilDecisionDetailResponse> {
    return this.decisions.get(programmeId, municipalityId, query.round);
  }

  @ApiOperation({
    summary: "Record a council's decision and formal view",
    operationId: 'recordCouncilDecision',
    description:
      "Records a council's decision and view in the current round (while in consultation).",
  })
  @Access({ roles: ['bureau'], councilMunicipalityParam: 'municipalityId' })
  @Put('council-decisions/:municipalityId')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: CouncilDecisionDetailResponseDto })
  @ApiProblems(400, 404, 409)
  record(
    @ProgrammeId() programmeId: string,
    @MunicipalityId() municipalityId: string,
    @Body() body: RecordCouncilDecisionDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<CouncilDecisionDetailResponse> {
    const version = expectedVersion(body.version, ifMatch);
    return this.decisions.record(programmeId, municipalityId, version, body);
  }

  @ApiOperation({
    summary: 'List every point of the formal views, with its answer',
    operationId: 'listViewPoints',
    description:
      'The register of all points of the formal views of a consultation round (default the current), with answers.',
  })
  @Access({ read: 'region', publishedProgramme: true })
  @Get('views')
  @ApiOkResponse({ type: ViewPointRegisterResponseDto })
  @ApiProblems(400, 404)
  register(
    @ProgrammeId() programmeId: string,
    @Query() query: ViewPointRegisterQueryDto,
  ): Promise<ViewPointRegisterResponse> {
    return this.viewPoints.register(programmeId, query);
  }

  @ApiOperation({
    summary: 'Answer one point of a formal view',
    operationId: 'answerViewPoint',
    description:
      "The board's reasoned answer to one point of the current round (while in consultation).",
  })
  @Access({ roles: ['bureau'] })
  @Put('views/:pointId/answer')
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ViewPointResponseDto })
  @ApiProblems(400, 404, 409)
  answer(
    @ProgrammeId() programmeId: string,
    @Param('pointId', new IdParamPipe(viewPointNotFound)) pointId: string,
    @Body() body: AnswerViewPointDto,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ViewPointResponse> {
    return this.viewPoints.answer(
      programmeId,
      pointId,
      expectedVersion(body.version, ifMatch),
      body,
    );
  }
}
