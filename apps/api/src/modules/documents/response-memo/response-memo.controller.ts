import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ResponseMemoResponse } from '@koers/contracts';
import { Access } from '../../../common/access/access.decorator';
import { ApiProblems } from '../../../common/api-problem';
import { Clock } from '../../../common/clock';
import { IdParamPipe } from '../../../common/id-param.pipe';
import { programmeNotFound } from '../../programmes/programme.errors';
import { pdfFileName, pdfResponse } from '../pdf';
import { ResponseMemoQueryDto, ResponseMemoResponseDto } from './dto/response-memo.dto';
import { renderResponseMemo } from './response-memo.pdf';
import { ResponseMemoService } from './response-memo.service';

const ProgrammeId = () => Param('programmeId', new IdParamPipe(programmeNotFound));

@ApiTags('documents')
@Controller('programmes/:programmeId/response-memo')
export class ResponseMemoController {
  constructor(
    private readonly memos: ResponseMemoService,
    private readonly clock: Clock,
  ) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get()
  @ApiOperation({
    summary: 'The response memo of a consultation round: every view point with its answer.',
    operationId: 'getResponseMemo',
  })
  @ApiOkResponse({ type: ResponseMemoResponseDto })
  @ApiProblems(400, 404)
  get(
    @ProgrammeId() programmeId: string,
    @Query() query: ResponseMemoQueryDto,
  ): Promise<ResponseMemoResponse> {
    return this.memos.memo(programmeId, query.round);
  }

  @Access({ read: 'region', publishedProgramme: true })
  @Get('pdf')
  @ApiOperation({
    summary: 'The response memo as a tagged PDF (Dutch, with bookmarks).',
    operationId: 'getResponseMemoPdf',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF, offered for download.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 404)
  async pdf(
    @ProgrammeId() programmeId: string,
    @Query() query: ResponseMemoQueryDto,
  ): Promise<StreamableFile> {
    const memo = await this.memos.memo(programmeId, query.round);
    const bytes = await renderResponseMemo(memo, this.clock.today());
    const round = memo.rounds.length > 1 ? `ronde-${memo.round}` : '';
    return pdfResponse(bytes, pdfFileName('nota-van-beantwoording', memo.programme.title, round));
  }
}
