import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ExternalProgrammeResponse, Page } from '@koers/contracts';
import { Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { currentPrincipal } from '../../common/request-context';
import { changedFields } from '../../common/version';
import { AuditSubject, saveAudited } from '../audit/audited-writes';
import { RegionsService } from '../regions/regions.service';
import {
  CreateExternalProgrammeDto,
  ExternalProgrammeListQueryDto,
  UpdateExternalProgrammeDto,
} from './dto/external-programme.dto';
import { ExternalProgrammeEntity } from './external-programme.entity';
import {
  externalProgrammeNameTaken,
  externalProgrammeNotFound,
  externalProgrammeShared,
  externalProgrammeVersionConflict,
} from './external-programme.errors';
import { toExternalProgrammeResponse } from './external-programme.mapper';

@Injectable()
export class ExternalProgrammesService {
  constructor(
    @InjectRepository(ExternalProgrammeEntity)
    private readonly programmes: Repository<ExternalProgrammeEntity>,
    private readonly regions: RegionsService,
  ) {}

  list(query: ExternalProgrammeListQueryDto): Promise<Page<ExternalProgrammeResponse>> {
    const qb = this.programmes.createQueryBuilder('e').orderBy('e.name', 'ASC').addOrderBy('e.id');
    if (query.q) qb.andWhere('e.name ILIKE :q', { q: containsPattern(query.q) });
    if (query.level) qb.andWhere('e.level = :level', { level: query.level });
    return toPage(qb, query, toExternalProgrammeResponse);
  }

  async get(id: string): Promise<ExternalProgrammeEntity> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw externalProgrammeNotFound(id);
    return programme;
  }

  /** A programme the region adds; it belongs to the region, every region can link to it. */
  async create(
    regionId: string,
    dto: CreateExternalProgrammeDto,
  ): Promise<ExternalProgrammeEntity> {
    await this.regions.get(regionId);
    const programme = this.programmes.create({ ...definedFields(dto), regionId });
    return translatePgErrors(
      () =>
        this.programmes.manager.transaction((manager) =>
          saveAudited(manager, programme, AUDIT, null),
        ),
      { unique: () => externalProgrammeNameTaken(dto.name) },
    );
  }

  /**
   * Changes a programme of this region when it is still at `version`. One of another region is
   * not found here; a shared one only a platform administrator changes (403 for anyone else).
   */
  async update(
    regionId: string,
    id: string,
    version: number,
    dto: UpdateExternalProgrammeDto,
  ): Promise<ExternalProgrammeEntity> {
    await this.regions.get(regionId);
    return translatePgErrors(
      () =>
        this.programmes.manager.transaction(async (manager) => {
          const programme = await manager.findOne(ExternalProgrammeEntity, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          });
          if (!programme || (programme.regionId !== null && programme.regionId !== regionId)) {
            throw externalProgrammeNotFound(id);
          }
          if (programme.regionId === null && !currentPrincipal()?.isPlatformAdmin) {
            throw externalProgrammeShared(programme.name);
          }
          if (programme.version !== version) {
            throw externalProgrammeVersionConflict(programme.version);
          }
          const before = AUDIT.view(programme);
          manager.merge(ExternalProgrammeEntity, programme, changedFields(dto));
          programme.version = version + 1;
          return saveAudited(manager, programme, AUDIT, before);
        }),
      { unique: () => externalProgrammeNameTaken(dto.name ?? '') },
    );
  }
}

const AUDIT: AuditSubject<ExternalProgrammeEntity> = {
  entity: 'external_programme',
  regionId: (p) => p.regionId,
  view: toExternalProgrammeResponse,
};
