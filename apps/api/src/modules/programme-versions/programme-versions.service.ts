import { Injectable } from '@nestjs/common';
import type {
  ProgrammeVersionList,
  ProgrammeVersionResponse,
  VersionDiffResponse,
} from '@koers/contracts';
import { DataSource } from 'typeorm';
import { ProgrammesService } from '../programmes/programmes.service';
import { ProgrammeVersionEntity } from './programme-version.entity';
import { programmeVersionNotFound } from './programme-version.errors';
import { toProgrammeVersionResponse, toProgrammeVersionSummary } from './programme-version.mapper';
import { contributionDeltas } from './version-contributions';
import { diffSnapshots, withReasons } from './version-diff';

@Injectable()
export class ProgrammeVersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesService,
  ) {}

  async list(programmeId: string): Promise<ProgrammeVersionList> {
    await this.programmes.find(programmeId);
    const versions = await this.dataSource.getRepository(ProgrammeVersionEntity).find({
      where: { programmeId },
      order: { number: 'ASC' },
    });
    return { programmeId, items: versions.map(toProgrammeVersionSummary) };
  }

  async get(programmeId: string, number: number): Promise<ProgrammeVersionResponse> {
    return toProgrammeVersionResponse(await this.find(programmeId, number));
  }

  async diff(programmeId: string, a: number, b: number): Promise<VersionDiffResponse> {
    const from = await this.find(programmeId, a);
    const to = await this.find(programmeId, b);
    const diff = diffSnapshots(from.snapshot, to.snapshot);
    // Going forward to an adopted version: each change with the views it followed from.
    if (a < b && to.consultation) {
      diff.changed = withReasons(diff.changed, to.consultation.amendments);
    }
    return {
      programmeId,
      from: toProgrammeVersionSummary(from),
      to: toProgrammeVersionSummary(to),
      ...diff,
      contributions: await contributionDeltas(this.dataSource.manager, from.snapshot, to.snapshot),
    };
  }

  private async find(programmeId: string, number: number): Promise<ProgrammeVersionEntity> {
    await this.programmes.find(programmeId);
    const version = await this.dataSource
      .getRepository(ProgrammeVersionEntity)
      .findOneBy({ programmeId, number });
    if (!version) throw programmeVersionNotFound(programmeId, number);
    return version;
  }
}
