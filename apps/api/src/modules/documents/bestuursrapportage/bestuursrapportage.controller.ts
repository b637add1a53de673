import { Controller, Get, Post, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type {
  BestuursrapportageFinal,
  BestuursrapportageListItem,
  BestuursrapportageResponse,
} from '@koers/contracts';
import { Access } from '../../../common/access/access.decorator';
import { ApiProblems } from '../../../common/api-problem';
import { PeriodIdParam, ProgrammeIdParam } from '../../progress-rollup/progress-rollup.controller';
import { pdfFileName, pdfResponse } from '../pdf';
import { renderBestuursrapportage } from './bestuursrapportage.pdf';
import { BestuursrapportageService } from './bestuursrapportage.service';
import {
  BestuursrapportageFinalDto,
  BestuursrapportageListItemDto,
  BestuursrapportageResponseDto,
} from './dto/bestuursrapportage-response.dto';

@ApiTags('documents')
@Controller('programmes/:programmeId/bestuursrapportages')
export class BestuursrapportageListController {
  constructor(private readonly reports: BestuursrapportageService) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get()
  @ApiOperation({
    summary:
      "A programme's periods with their bestuursrapportage: all for the region's own people, only the final ones for councils and the public.",
    operationId: 'listBestuursrapportages',
  })
  @ApiOkResponse({ type: [BestuursrapportageListItemDto] })
  @ApiProblems(404)
  list(@ProgrammeIdParam() programmeId: string): Promise<BestuursrapportageListItem[]> {
    return this.reports.list(programmeId);
  }
}

@ApiTags('documents')
@Controller('programmes/:programmeId/reporting-periods/:periodId/bestuursrapportage')
export class BestuursrapportageController {
  constructor(private readonly reports: BestuursrapportageService) {}

  @Access({ read: 'region', publishedProgramme: true })
  @Get()
  @ApiOperation({
    summary:
      "A period's bestuursrapportage for the board and the councils: the roll-up, KPI trends and each council's part. Public once final; before that the region's own people only.",
    operationId: 'getBestuursrapportage',
  })
  @ApiOkResponse({ type: BestuursrapportageResponseDto })
  @ApiProblems(404)
  get(
    @ProgrammeIdParam() programmeId: string,
    @PeriodIdParam() periodId: string,
  ): Promise<BestuursrapportageResponse> {
    return this.reports.get(programmeId, periodId);
  }

  @Access({ read: 'region', publishedProgramme: true })
  @Get('pdf')
  @ApiOperation({
    summary:
      'The bestuursrapportage as a tagged PDF (Dutch, bookmarks, a chart beside each table).',
    operationId: 'getBestuursrapportagePdf',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF, offered for download.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404)
  async pdf(
    @ProgrammeIdParam() programmeId: string,
    @PeriodIdParam() periodId: string,
  ): Promise<StreamableFile> {
    const report = await this.reports.get(programmeId, periodId);
    const bytes = await renderBestuursrapportage(report);
    return pdfResponse(
      bytes,
      pdfFileName('bestuursrapportage', report.period.title, report.programme.title),
    );
  }

  @Access({ roles: ['bureau'] })
  @Post('final')
  @ApiOperation({
    summary: "Marks the period's bestuursrapportage final: it is then public, as it stands now.",
    operationId: 'markBestuursrapportageFinal',
  })
  @ApiCreatedResponse({ type: BestuursrapportageFinalDto })
  @ApiProblems(404, 409)
  markFinal(
    @ProgrammeIdParam() programmeId: string,
    @PeriodIdParam() periodId: string,
  ): Promise<BestuursrapportageFinal> {
    return this.reports.markFinal(programmeId, periodId);
  }
}
