import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, RegionResponse } from '@koers/contracts';
import { Repository } from 'typeorm';
import { definedFields } from '../../common/defined';
import { containsPattern, toPage } from '../../common/pagination';
import { translatePgErrors } from '../../common/pg-errors';
import { changedFields, lockAtVersion } from '../../common/version';
import { describeReferences, findReferences } from '../../common/references';
import { diffFields, recordAudit } from '../audit/audit-trail';
import { CreateRegionDto, RegionListQueryDto, UpdateRegionDto } from './dto/region.dto';
import { RegionEntity } from './region.entity';
import {
  regionInUse,
  regionNotFound,
  regionShortNameTaken,
  regionVersionConflict,
} from './region.errors';
import { toRegionResponse } from './region.mapper';

@Injectable()
export class RegionsService {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  /** `onlyIds`: the regions the caller may see (undefined: all of them). */
  list(query: RegionListQueryDto, onlyIds?: string[]): Promise<Page<RegionResponse>> {
    const qb = this.regions.createQueryBuilder('r').orderBy('r.name', 'ASC').addOrderBy('r.id');
    if (query.q) qb.andWhere('r.name ILIKE :q', { q: containsPattern(query.q) });
    if (onlyIds) qb.andWhere('r.id = ANY(:onlyIds)', { onlyIds });
    return toPage(qb, query, toRegionResponse);
  }

  /** The region, or REGION_NOT_FOUND; other modules use it to check the region in their path. */
  async get(id: string): Promise<RegionEntity> {
    const region = await this.regions.findOneBy({ id });
    if (!region) throw regionNotFound(id);
    return region;
  }

  async create(dto: CreateRegionDto): Promise<RegionEntity> {
    return translatePgErrors(
      () =>
        this.regions.manager.transaction(async (manager) => {
          const saved = await manager.save(this.regions.create(definedFields(dto)));
          await recordAudit(manager, {
            regionId: saved.id,
            entity: 'region',
            entityId: saved.id,
            action: 'create',
            changes: diffFields(null, view(saved)),
          });
          return saved;
        }),
      { unique: () => regionShortNameTaken(dto.shortName) },
    );
  }

  /** Changes the region when it is still at `version`, else REGION_VERSION_CONFLICT. */
  async update(id: string, version: number, dto: UpdateRegionDto): Promise<RegionEntity> {
    return translatePgErrors(
      () =>
        this.regions.manager.transaction(async (manager) => {
          const region = await lockAtVersion(manager, RegionEntity, { id }, version, {
            notFound: () => regionNotFound(id),
            conflict: regionVersionConflict,
          });
          const before = view(region);
          manager.merge(RegionEntity, region, changedFields(dto));
          region.version = version + 1;
          const saved = await manager.save(region);
          await recordAudit(manager, {
            regionId: id,
            entity: 'region',
            entityId: id,
            action: 'update',
            changes: diffFields(before, view(saved)),
          });
          return saved;
        }),
      { unique: () => regionShortNameTaken(dto.shortName ?? '') },
    );
  }

  async remove(id: string): Promise<void> {
    const region = await this.get(id);
    const references = await findReferences(this.regions.manager, 'regions', id);
    if (references.length > 0) throw regionInUse(region.name, describeReferences(references));
    await translatePgErrors(
      () =>
        this.regions.manager.transaction(async (manager) => {
          await manager.delete(RegionEntity, { id });
          await recordAudit(manager, {
            regionId: id,
            entity: 'region',
            entityId: id,
            action: 'delete',
            changes: diffFields(view(region), null),
          });
        }),
      {
        foreignKey: (table) =>
          regionInUse(region.name, `gegevens in ${table ?? 'een andere tabel'}`),
      },
    );
  }
}

/** The region as the audit trail records it: its response fields. */
const view = (region: RegionEntity) =>
  toRegionResponse(region) as unknown as Record<string, unknown>;
