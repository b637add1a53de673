import { Controller, Get, Param, Req, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { CouncilPackResponse } from '@koers/contracts';
import type { Request } from 'express';
import { Access } from '../../../common/access/access.decorator';
import { ApiProblems } from '../../../common/api-problem';
import { Clock } from '../../../common/clock';
import { IdParamPipe } from '../../../common/id-param.pipe';
import { municipalityNotFound } from '../../municipalities/municipality.errors';
import { programmeNotFound } from '../../programmes/programme.errors';
import { isPublicRequest } from '../documents-request';
import { pdfFileName, pdfResponse } from '../pdf';
import { renderCouncilPack } from './council-pack.pdf';
import { CouncilPackService } from './council-pack.service';
import { CouncilPackResponseDto } from './dto/council-pack-response.dto';

const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));
const MunicipalityId = () => Param('municipalityId', new IdParamPipe(municipalityNotFound));

@ApiTags('documents')
@Controller('programmes/:programmeId/municipalities/:municipalityId/council-pack')
export class CouncilPackController {
  constructor(
    private readonly packs: CouncilPackService,
    private readonly clock: Clock,
  ) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get()
  @ApiOperation({
    summary: "A municipality's council pack: what the region asks, what it costs, the procedure.",
    operationId: 'getCouncilPack',
  })
  @ApiOkResponse({ type: CouncilPackResponseDto })
  @ApiProblems(404)
  get(
    @ProgrammeId() programmeId: string,
    @MunicipalityId() municipalityId: string,
    @Req() req: Request,
  ): Promise<CouncilPackResponse> {
    return this.packs.pack(programmeId, municipalityId, isPublicRequest(req));
  }

  @Access({ read: 'region', publishedProgramme: true })
  @Get('pdf')
  @ApiOperation({
    summary: 'The council pack as a tagged PDF (Dutch, with bookmarks), to attach as it is.',
    operationId: 'getCouncilPackPdf',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF, offered for download.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404)
  async pdf(
    @ProgrammeId() programmeId: string,
    @MunicipalityId() municipalityId: string,
    @Req() req: Request,
  ): Promise<StreamableFile> {
    const pack = await this.packs.pack(programmeId, municipalityId, isPublicRequest(req));
    const bytes = await renderCouncilPack(pack, this.clock.today());
    const name = pdfFileName('raadsinformatiepakket', pack.municipality.name, pack.programme.year);
    return pdfResponse(bytes, name);
  }
}
