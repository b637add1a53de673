import { Controller, Get, Injectable, Param, PipeTransform } from '@nestjs/common';
import { Access } from '../../common/access/access.decorator';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type {
  ProgrammeVersionList,
  ProgrammeVersionResponse,
  VersionDiffResponse,
} from '@koers/contracts';
import { ApiProblems } from '../../common/api-problem';
import { IdParamPipe } from '../../common/id-param.pipe';
import { programmeNotFound } from '../programmes/programme.errors';
import {
  ProgrammeVersionListDto,
  ProgrammeVersionResponseDto,
  VersionDiffResponseDto,
} from './dto/programme-version.dto';
import { programmeVersionNotFound } from './programme-version.errors';
import { ProgrammeVersionsService } from './programme-versions.service';

const VersionParam = (name: string, description: string) =>
  ApiParam({ name, schema: { type: 'integer', minimum: 1 }, description });

/** A version number in the path: a whole number ≥ 1, else that version does not exist (404). */
@Injectable()
class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) throw programmeVersionNotFound(null, value);
    return Number(value);
  }
}

@ApiTags('programme versions')
@Controller('programmes/:programmeId/versions')
export class ProgrammeVersionsController {
  constructor(private readonly versions: ProgrammeVersionsService) {}

  @ApiOperation({
    summary: 'List the frozen versions of a programme',
    operationId: 'listProgrammeVersions',
  })
  @Access({ read: 'region' })
  @Get()
  @ApiOkResponse({ type: ProgrammeVersionListDto })
  @ApiProblems(404)
  list(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
  ): Promise<ProgrammeVersionList> {
    return this.versions.list(programmeId);
  }

  @ApiOperation({
    summary: 'Get one frozen version of a programme',
    operationId: 'getProgrammeVersion',
  })
  @Access({ read: 'region' })
  @Get(':number')
  @VersionParam('number', 'The version number.')
  @ApiOkResponse({ type: ProgrammeVersionResponseDto })
  @ApiProblems(404)
  get(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Param('number', VersionNumberPipe) number: number,
  ): Promise<ProgrammeVersionResponse> {
    return this.versions.get(programmeId, number);
  }

  @ApiOperation({
    summary: 'Compare two versions of a programme',
    operationId: 'diffProgrammeVersions',
  })
  @Access({ read: 'region' })
  @Get(':a/diff/:b')
  @VersionParam('a', 'The earlier version number.')
  @VersionParam('b', 'The later version number.')
  @ApiOkResponse({ type: VersionDiffResponseDto })
  @ApiProblems(404)
  diff(
    @Param('programmeId', new IdParamPipe(programmeNotFound)) programmeId: string,
    @Param('a', VersionNumberPipe) a: number,
    @Param('b', VersionNumberPipe) b: number,
  ): Promise<VersionDiffResponse> {
    return this.versions.diff(programmeId, a, b);
  }
}
