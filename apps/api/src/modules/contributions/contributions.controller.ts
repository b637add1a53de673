import { Controller, Get, Param } from '@nestjs/common';
import { Access } from '../../common/access/access.decorator';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ContributionsResponse, MunicipalitySummaryResponse } from '@koers/contracts';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { municipalityNotFound } from '../municipalities/municipality.errors';
import { programmeNotFound } from '../programmes/programme.errors';
import { ContributionsService } from './contributions.service';
import {
  ContributionsResponseDto,
  MunicipalitySummaryResponseDto,
} from './dto/contribution-response.dto';

const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));

@ApiTags('contributions')
@Controller('programmes/:programmeId')
export class ContributionsController {
  constructor(private readonly contributions: ContributionsService) {}

  @ApiOperation({
    summary: 'Get what each municipality pays, per assignment, to the cent',
    operationId: 'getContributions',
    description:
      'Against last year. 409 CONTRIBUTION_SPLIT_FAILED when a split cannot be made exactly (e.g. a population unknown at the reference date); the sentence names the assignments and municipalities.',
  })
  @Access({ read: 'region', publishedProgramme: true })
  @Get('contributions')
  @ApiOkResponse({ type: ContributionsResponseDto })
  @ApiProblems(404, 409)
  get(@ProgrammeId() programmeId: string): Promise<ContributionsResponse> {
    return this.contributions.contributions(programmeId);
  }

  @ApiOperation({
    summary: "Get one municipality's money, assignments, decision and view",
    operationId: 'getMunicipalitySummary',
    description: "One municipality's page: its money, assignments, decision and view.",
  })
  @Access({ read: 'region', publishedProgramme: true })
  @Get('municipalities/:municipalityId/summary')
  @ApiOkResponse({ type: MunicipalitySummaryResponseDto })
  @ApiProblems(404, 409)
  summary(
    @ProgrammeId() programmeId: string,
    @Param('municipalityId', new IdParamPipe(municipalityNotFound)) municipalityId: string,
  ): Promise<MunicipalitySummaryResponse> {
    return this.contributions.summary(programmeId, municipalityId);
  }
}
